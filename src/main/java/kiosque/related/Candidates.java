package kiosque.related;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/** Runs a profile's query and turns the hits into {@link Candidate}s, ids and dates from doc values. */
final class Candidates {

  private Candidates() {}

  /** The best {@code count} matches of the whole archive, the article itself included, best first. */
  static List<Candidate> best(IndexSearcher searcher, Query query, int count) throws IOException {
    return read(searcher, top(searcher, query, count));
  }

  /**
   * The best {@code count} matches published at or after {@code since}: the index lists its
   * documents newest first, so these are the first documents of each segment, and the query's
   * postings are read over that range only ({@link SimilarityIndex#publishedSince}).
   */
  static List<Candidate> bestSince(IndexSearcher searcher, Query query, Instant since, int count) throws IOException {
    Query recent = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(SimilarityIndex.publishedSince(since), Occur.FILTER)
        .build();
    return read(searcher, top(searcher, recent, count));
  }

  /** The best matches of the whole archive and the best among the recent ones. */
  record WithRecent(List<Candidate> all, List<Candidate> recent) {}

  /**
   * {@link #best} and {@link #bestSince} for the same query, as two searches each free to skip what
   * cannot enter its own list. One search collecting both (session 8) could skip only below the
   * recent list's threshold, far below the archive's; two searches lost while the recent articles
   * were scattered over every document id (session 9); on an index sorted by date they are one
   * range per segment (docs/benchmarks.md, session 10).
   */
  static WithRecent bestWithRecent(IndexSearcher searcher, Query query, int count, Instant since, int recentCount)
      throws IOException {
    return new WithRecent(best(searcher, query, count), bestSince(searcher, query, since, recentCount));
  }

  /**
   * The best {@code count} hits, skipping what cannot enter them from the first hits on, an equal
   * score to the higher article id ({@link BestHits}). {@code searcher.search(query, count)} counts
   * the first 1,000 matches exactly before it lets the scorer skip (for a total the lists never
   * read), and gives ties to the lower document id, which an index's layout decides. Scoring the
   * query is most of a list's CPU at 100,000 articles (docs/benchmarks.md, session 6).
   */
  static ScoreDoc[] top(IndexSearcher searcher, Query query, int count) throws IOException {
    BestHits hits = new BestHits(count);
    searcher.search(query, hits);
    return hits.best();
  }

  private static List<Candidate> read(IndexSearcher searcher, ScoreDoc[] found) throws IOException {
    ScoreDoc[] hits = found.clone();
    // Doc values only move forward: visit the hits in document order, then restore the ranking.
    Arrays.sort(hits, Comparator.comparingInt(h -> h.doc));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    List<Candidate> candidates = new ArrayList<>(hits.length);
    int currentLeaf = -1;
    NumericDocValues ids = null;
    NumericDocValues published = null;
    for (ScoreDoc hit : hits) {
      int leafIndex = ReaderUtil.subIndex(hit.doc, leaves);
      LeafReaderContext leaf = leaves.get(leafIndex);
      if (leafIndex != currentLeaf) {
        currentLeaf = leafIndex;
        ids = leaf.reader().getNumericDocValues(SimilarityIndex.ARTICLE_ID);
        published = leaf.reader().getNumericDocValues(SimilarityIndex.PUBLISHED);
      }
      int local = hit.doc - leaf.docBase;
      if (ids == null || !ids.advanceExact(local)) {
        continue;
      }
      long time = published != null && published.advanceExact(local) ? published.longValue() : 0;
      candidates.add(new Candidate(hit.doc, ids.longValue(), hit.score, Instant.ofEpochMilli(time)));
    }
    candidates.sort(Comparator.comparingDouble((Candidate c) -> -c.score).thenComparingLong(c -> -c.articleId));
    return candidates;
  }
}
