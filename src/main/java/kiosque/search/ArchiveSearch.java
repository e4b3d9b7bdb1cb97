package kiosque.search;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import kiosque.content.NameKeys;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * The newsroom's search of the whole archive (drafts, in review, scheduled, published,
 * unpublished): a second Lucene index beside the readers', kept in step by the same change log
 * ({@link SearchIndexFollower#wholeArchive}), so the same French analysis (accents, elision, case,
 * stems) finds a draft as the site's search finds an article. It answers ids in order and the
 * total; the newsroom reads the rows from the database. The readers' index never holds anything
 * unpublished, and nothing here is reachable from the site.
 */
public final class ArchiveSearch {

  /** Its name among the change feed's followers. */
  public static final String FOLLOWER = "archive-index";

  /** The ids of one page of results, in order, and how many articles match in all. */
  public record Hits(List<Long> ids, long total) {}

  private final SearchIndex index;

  public ArchiveSearch(SearchIndex index) {
    this.index = index;
  }

  /** True while the index is built from the database: the list then asks the database instead. */
  public boolean isRebuilding() {
    return index.isRebuilding();
  }

  /** The page of results, or empty while the index is rebuilt. */
  public Optional<Hits> find(ArchiveQuery query) {
    if (index.isRebuilding()) {
      return Optional.empty();
    }
    return Optional.of(index.withSearcher(searcher -> {
      Query lucene = query(query);
      int wanted = Math.max(1, query.offset() + query.limit());
      TopDocs top = switch (query.sort()) {
        case RELEVANCE -> searcher.search(lucene, wanted);
        case UPDATED -> searcher.search(lucene, wanted, newestFirst(ArticleDocument.ARCHIVE_UPDATED));
        case PUBLISHED -> searcher.search(lucene, wanted, newestFirst(ArticleDocument.PUBLISHED));
      };
      ScoreDoc[] docs = top.scoreDocs;
      List<Long> ids = new java.util.ArrayList<>();
      var leaves = searcher.getIndexReader().leaves();
      for (int i = query.offset(); i < docs.length; i++) {
        int doc = docs[i].doc;
        var leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        NumericDocValues id = leaf.reader().getNumericDocValues(ArticleDocument.ARTICLE_ID);
        if (id != null && id.advanceExact(doc - leaf.docBase)) {
          ids.add(id.longValue());
        }
      }
      // Counted exactly (the top documents only count up to a threshold): the list says how many.
      long total = searcher.count(lucene);
      return new Hits(List.copyOf(ids), total);
    }));
  }

  private static Sort newestFirst(String field) {
    // The id breaks ties, so pages never repeat or skip an article with the same time.
    return new Sort(new SortField(field, SortField.Type.LONG, true),
        new SortField(ArticleDocument.ARTICLE_ID, SortField.Type.LONG, true));
  }

  static Query query(ArchiveQuery query) throws IOException {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    UserQuery text = UserQuery.parse(query.text());
    if (query.hasText() && text.isMeaningless()) {
      // Only punctuation or words too common to mean anything: nothing matches, as on the site.
      all.add(new MatchNoDocsQuery(), BooleanClause.Occur.MUST);
    } else if (query.hasText() && !text.isBlank()) {
      all.add(TextQueries.exact(text), BooleanClause.Occur.MUST);
    } else {
      all.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    }
    exact(all, ArticleDocument.ARCHIVE_STATUS, query.status());
    exact(all, ArticleDocument.ARCHIVE_SECTION, key(query.section()));
    exact(all, ArticleDocument.ARCHIVE_AUTHOR, key(query.author()));
    exact(all, ArticleDocument.ARCHIVE_TOPIC, key(query.topic()));
    if (query.from() != null || query.until() != null) {
      String field = query.byPublication() ? ArticleDocument.PUBLISHED : ArticleDocument.ARCHIVE_UPDATED;
      long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
      long until = query.until() == null ? Long.MAX_VALUE : query.until().toEpochMilli() - 1;
      all.add(LongPoint.newRangeQuery(field, from, until), BooleanClause.Occur.FILTER);
    }
    return all.build();
  }

  private static String key(String name) {
    return name == null || name.isBlank() ? null : NameKeys.of(name);
  }

  private static void exact(BooleanQuery.Builder all, String field, String value) {
    if (value != null && !value.isEmpty()) {
      all.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
