package kiosque.related;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
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
 * Collects the best hits overall and the best among documents published at or after a date: what
 * a search without and a search with a date filter find, each a {@code TopScoreDocCollector}'s top
 * (ties to the lower document). Single-threaded searchers only (documents arrive in increasing
 * order), as the related engine's is.
 *
 * <p>Two passes. The first ({@link #overall}) scores the whole archive and lets the scorer skip what
 * cannot enter the overall heap; the recent documents it does score go to the recent heap. The
 * second ({@link #restOfRecent}), run on the query restricted to the recent documents and only when
 * the first may have skipped one that belongs there ({@link #recentMayBeMissing}), offers the
 * recent documents the first did not see. In one pass, the scorer could only skip below the lower
 * of the two heaps' thresholds: the thirtieth best of a few thousand recent articles is far below
 * the 81st best of the archive, so it skipped little (docs/benchmarks.md, session 9).
 */
final class TwoHeaps {

  private final Heap all;
  private final Heap recent;
  private final long since;
  /** The recent documents the first pass offered, by global document: the second pass skips them. */
  private final Set<Integer> offered = new HashSet<>();
  /** The highest minimum score the first pass gave the scorer: whatever it skipped scored below it. */
  private float skippedBelow;

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

  /**
   * Whether a recent document the first pass skipped could still enter the recent heap: not when
   * nothing was skipped, nor when the heap is full of scores at least the one below which the
   * skipped documents were.
   */
  boolean recentMayBeMissing() {
    return skippedBelow > 0 && recent.size > 0 && !(recent.isFull() && recent.bottomScore() >= skippedBelow);
  }

  /** The first pass: every document, skipping what cannot enter the overall heap. */
  Collector overall() {
    return new Collector() {
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
            boolean entered = all.offer(global, score);
            if (recent.size > 0 && published.advanceExact(doc) && published.longValue() >= since) {
              offered.add(global);
              recent.offer(global, score);
            }
            if (entered) {
              raiseThreshold();
            }
          }

          private void raiseThreshold() throws IOException {
            // Documents arrive in increasing order: one equal to the heap's last loses to it.
            float threshold = all.isFull() ? Math.nextUp(all.bottomScore()) : 0f;
            if (threshold > minCompetitive) {
              minCompetitive = threshold;
              skippedBelow = Math.max(skippedBelow, threshold);
              scorer.setMinCompetitiveScore(threshold);
            }
          }
        };
      }
    };
  }

  /** The second pass, on the query restricted to the recent documents: those the first did not offer. */
  Collector restOfRecent() {
    return new Collector() {
      @Override
      public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
      }

      @Override
      public LeafCollector getLeafCollector(LeafReaderContext context) {
        int docBase = context.docBase;
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
            int global = docBase + doc;
            if (!offered.contains(global) && recent.offer(global, scorer.score())) {
              raiseThreshold();
            }
          }

          private void raiseThreshold() throws IOException {
            // The heap holds documents of both passes, in no common order: an equal score with a
            // lower document still enters, so only a lower score may be skipped.
            float threshold = recent.isFull() ? recent.bottomScore() : 0f;
            if (threshold > minCompetitive) {
              minCompetitive = threshold;
              scorer.setMinCompetitiveScore(threshold);
            }
          }
        };
      }
    };
  }

  /** A bounded heap of hits, as {@code TopScoreDocCollector} keeps them: by score, ties to the lower document. */
  private static final class Heap {
    private final HitQueue queue;
    private final int size;
    private int filled;

    Heap(int size) {
      this.size = size;
      this.queue = new HitQueue(Math.max(1, size), false);
    }

    /** Whether the hit entered: a higher score than the heap's last, or the same with a lower document. */
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
      if (score < bottom.score || (score == bottom.score && doc > bottom.doc)) {
        return false;
      }
      bottom.doc = doc;
      bottom.score = score;
      queue.updateTop();
      return true;
    }

    boolean isFull() {
      return size > 0 && filled >= size;
    }

    /** The score of the heap's last hit; only when it is full. */
    float bottomScore() {
      return queue.top().score;
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
