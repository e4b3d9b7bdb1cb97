package kiosque.related;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/** Runs a profile's query and turns the hits into {@link Candidate}s, ids and dates from doc values. */
final class Candidates {

  private Candidates() {}

  /** The best {@code count} matches of the whole archive, the article itself included, best first. */
  static List<Candidate> best(IndexSearcher searcher, Query query, int count) throws IOException {
    return read(searcher, top(searcher, query, count));
  }

  /** The best {@code count} matches published at or after {@code since}. */
  static List<Candidate> bestSince(IndexSearcher searcher, Query query, Instant since, int count) throws IOException {
    Query recent = new BooleanQuery.Builder()
        .add(query, Occur.MUST)
        .add(LongPoint.newRangeQuery(SimilarityIndex.PUBLISHED, since.toEpochMilli(), Long.MAX_VALUE), Occur.FILTER)
        .build();
    return read(searcher, top(searcher, recent, count));
  }

  /** The best matches of the whole archive and the best among the recent ones, from one search. */
  record WithRecent(List<Candidate> all, List<Candidate> recent) {}

  /**
   * What {@link #best} and {@link #bestSince} find for the same query, scoring each document once:
   * the recommendations' search over the recent articles was the same clauses again, a quarter of
   * a list's CPU (docs/benchmarks.md, session 7). The range was a filter there, so a recent
   * document's score is the same in both.
   */
  static WithRecent bestWithRecent(IndexSearcher searcher, Query query, int count, Instant since, int recentCount)
      throws IOException {
    TwoHeaps heaps = new TwoHeaps(count, since.toEpochMilli(), recentCount);
    searcher.search(query, heaps);
    return new WithRecent(read(searcher, heaps.all()), read(searcher, heaps.recent()));
  }

  /**
   * The best {@code count} hits, skipping what cannot enter them from the first hits on. {@code
   * searcher.search(query, count)} counts the first 1,000 matches exactly before it lets the scorer
   * skip (for a total the lists never read). The hits and their scores are the same; only the total
   * becomes a lower bound. Scoring the query is most of a list's CPU at 100,000 articles, but this
   * saved nothing measurable there (docs/benchmarks.md, session 6): the first 1,000 of tens of
   * thousands of matches are a small part of it.
   */
  static TopDocs top(IndexSearcher searcher, Query query, int count) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(count, null, count));
  }

  private static List<Candidate> read(IndexSearcher searcher, TopDocs top) throws IOException {
    return read(searcher, top.scoreDocs);
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
