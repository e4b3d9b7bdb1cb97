package kiosque.related;

import java.io.IOException;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.HitQueue;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects, in one pass, the best hits overall and the best among documents published at or after
 * a date: what a search without and a search with a date filter find, each a {@code
 * TopScoreDocCollector}'s top (ties to the lower document). The scorer may skip a document only if
 * it could enter neither: the lower of the two heaps' thresholds. Single-threaded searchers only
 * (documents arrive in increasing order), as the related engine's is.
 */
final class TwoHeaps implements Collector {

  private final Heap all;
  private final Heap recent;
  private final long since;

  TwoHeaps(int count, long sinceMillis, int recentCount) {
    this.all = new Heap(count);
    this.recent = new Heap(recentCount);
    this.since = sinceMillis;
  }

  ScoreDoc[] all() {
    return all.best();
  }

  ScoreDoc[] recent() {
    return recent.best();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int docBase = context.docBase;
    NumericDocValues published = DocValues.getNumeric(context.reader(), SimilarityIndex.PUBLISHED);
    return new LeafCollector() {
      private Scorable scorer;
      private float minCompetitive;

      @Override
      public void setScorer(Scorable scorer) throws IOException {
        this.scorer = scorer;
        minCompetitive = 0;
        raiseThreshold();
      }

      @Override
      public void collect(int doc) throws IOException {
        float score = scorer.score();
        int global = docBase + doc;
        boolean changed = all.offer(global, score);
        if (published.advanceExact(doc) && published.longValue() >= since) {
          changed |= recent.offer(global, score);
        }
        if (changed) {
          raiseThreshold();
        }
      }

      private void raiseThreshold() throws IOException {
        float threshold = Math.min(all.threshold(), recent.threshold());
        if (threshold > minCompetitive) {
          minCompetitive = threshold;
          scorer.setMinCompetitiveScore(threshold);
        }
      }
    };
  }

  /** A bounded heap of hits, as {@code TopScoreDocCollector} keeps them. */
  private static final class Heap {
    private final HitQueue queue;
    private final int size;
    private int filled;

    Heap(int size) {
      this.size = size;
      this.queue = new HitQueue(Math.max(1, size), false);
    }

    /** Whether the hit entered. Documents arrive in increasing order, so an equal score loses. */
    boolean offer(int doc, float score) {
      if (size == 0) {
        return false;
      }
      if (filled < size) {
        queue.add(new ScoreDoc(doc, score));
        filled++;
        return true;
      }
      ScoreDoc bottom = queue.top();
      if (score <= bottom.score) {
        return false;
      }
      bottom.doc = doc;
      bottom.score = score;
      queue.updateTop();
      return true;
    }

    /** A document scoring below this cannot enter: none until the heap is full, then just above its last. */
    float threshold() {
      if (size == 0) {
        return Float.POSITIVE_INFINITY;
      }
      return filled < size ? 0f : Math.nextUp(queue.top().score);
    }

    ScoreDoc[] best() {
      ScoreDoc[] hits = new ScoreDoc[queue.size()];
      for (int i = hits.length - 1; i >= 0; i--) {
        hits[i] = queue.pop();
      }
      return hits;
    }
  }
}
