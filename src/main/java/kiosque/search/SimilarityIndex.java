package kiosque.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

/**
 * Read access to the search index for the related-articles engine ({@code kiosque.related}): the
 * current searcher, the names of the fields it queries, and how far the index has caught up with
 * the change log. The engine builds its own queries; search keeps its internals to itself.
 */
public final class SimilarityIndex {

  /** The article id, stored as a string: the key of every document. */
  public static final String ID = ArticleDocument.ID;
  /** The article id as numeric doc values: hits to ids without reading stored fields. */
  public static final String ARTICLE_ID = ArticleDocument.ARTICLE_ID;
  /** The headline as binary doc values. */
  public static final String TITLE_VALUE = ArticleDocument.TITLE_VALUE;
  /** Stored headline, analysed with {@link #textAnalyzer()}. */
  public static final String TITLE = ArticleDocument.TITLE;
  /** Stored standfirst, analysed with {@link #textAnalyzer()}. */
  public static final String SUMMARY = ArticleDocument.SUMMARY;
  /** Stored text, analysed with {@link #textAnalyzer()}. */
  public static final String BODY = ArticleDocument.BODY;
  /** Publication time in epoch milliseconds: points for ranges, numeric doc values per document. */
  public static final String PUBLISHED = ArticleDocument.PUBLISHED;
  /** Keys of the names an article mentions ({@link kiosque.content.NamedEntities}): exact terms and sorted-set doc values. */
  public static final String ENTITY = ArticleDocument.ENTITY;
  /** Topic ids: exact terms and sorted-set doc values. */
  public static final String TOPIC_ID = ArticleDocument.TOPIC_ID;

  /** The facets' sorted-set doc values: an article's section is one of its values ({@link #sectionValue}). */
  public static final String FACETS = FacetsConfig.DEFAULT_INDEX_FIELD_NAME;

  private final SearchIndex index;

  public SimilarityIndex(SearchIndex index) {
    this.index = index;
  }

  /** What a query does with the searcher it is lent; the searcher must not escape the call. */
  @FunctionalInterface
  public interface Reading<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  /** The value of {@link #FACETS} an article of section {@code name} has: compared as an ordinal, no text read. */
  public static BytesRef sectionValue(String name) {
    return new BytesRef(FacetsConfig.pathToString(ArticleDocument.SECTION, new String[] {name}));
  }

  /** Runs {@code reading} on the current searcher. */
  public <T> T read(Reading<T> reading) {
    return index.withSearcher(reading::apply);
  }

  /** The analysis of {@link #TITLE}, {@link #SUMMARY} and {@link #BODY}: query terms must match it. */
  public Analyzer textAnalyzer() {
    return ArticleDocument.INDEX_ANALYZER;
  }

  /** True while a full rebuild runs: the index is incomplete. */
  public boolean isRebuilding() {
    return index.isRebuilding();
  }

  /** The last change-log sequence number the index contains. */
  public long appliedSeq() {
    return index.appliedSeq();
  }
}
