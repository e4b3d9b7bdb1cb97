package kiosque.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryRescorer;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * Scores the first hits of a search again: with the full score where a cheap one picked them, and
 * with the proximity of typed neighbours added. Both read more per document (eight posting lists a
 * word; word positions): over every match of a common word (tens of thousands in a large archive)
 * they cost more than the rest of the search, over the first hits little, and they only ever
 * reorder those, which is all a reader sees.
 */
final class ProximityRescorer {

  /**
   * How many of the first hits proximity may reorder: ten pages. Fixed whatever page is asked, so
   * that the pages of one search follow one order (the hits beyond it keep the first order).
   */
  static final int WINDOW = 100;

  /** Equal scores: the newer first, as the first pass sorted them (its second sort value is the date). */
  private static final Comparator<ScoreDoc> RANKED = Comparator.<ScoreDoc>comparingDouble(hit -> -hit.score)
      .thenComparing(ProximityRescorer::published, Comparator.reverseOrder())
      .thenComparingInt(hit -> hit.doc);

  private ProximityRescorer() {}

  /**
   * @param first hits sorted by score then date, as {@code TopFieldCollector} gives them
   * @param proximity what to add to the score of the hits it matches (scored as the first pass was, freshness included)
   */
  static TopDocs rescore(IndexSearcher searcher, TopDocs first, Query proximity) throws IOException {
    return rescore(searcher, first, WINDOW, new QueryRescorer(proximity) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? firstPassScore + secondPassScore : firstPassScore;
      }
    });
  }

  /** The first {@code window} hits scored again by {@code full} alone (the first pass only picked them). */
  static TopDocs replace(IndexSearcher searcher, TopDocs first, int window, Query full) throws IOException {
    return rescore(searcher, first, window, new QueryRescorer(full) {
      @Override
      protected float combine(float firstPassScore, boolean secondPassMatches, float secondPassScore) {
        return secondPassMatches ? secondPassScore : 0;
      }
    });
  }

  private static TopDocs rescore(IndexSearcher searcher, TopDocs first, int size, QueryRescorer rescorer)
      throws IOException {
    ScoreDoc[] hits = first.scoreDocs;
    int window = Math.min(size, hits.length);
    if (window == 0) {
      return first;
    }
    for (ScoreDoc hit : hits) {
      // A sort on the score keeps it among the sort values only.
      if (Float.isNaN(hit.score) && hit instanceof FieldDoc sorted && sorted.fields[0] instanceof Float score) {
        hit.score = score;
      }
    }
    TopDocs head = new TopDocs(first.totalHits, Arrays.copyOf(hits, window));
    ScoreDoc[] rescored = rescorer.rescore(searcher, head, window).scoreDocs;
    Arrays.sort(rescored, RANKED);
    ScoreDoc[] all = hits.clone();
    System.arraycopy(rescored, 0, all, 0, window);
    return new TopDocs(first.totalHits, all);
  }

  private static long published(ScoreDoc hit) {
    return hit instanceof FieldDoc sorted && sorted.fields.length > 1 && sorted.fields[1] instanceof Long date
        ? date : Long.MIN_VALUE;
  }
}
