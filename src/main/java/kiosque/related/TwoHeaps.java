package kiosque.related;

import java.io.IOException;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * Collects, in one pass, the best hits overall and the best among documents published at or after
 * a date: what a search without and a search with a date filter find ({@link BestHits}, ties to
 * the higher article id). The scorer may skip a document only if
 * it could enter neither: the lower of the two heaps' thresholds. Single-threaded searchers only
 * (documents arrive in increasing order), as the related engine's is.
 */
final class TwoHeaps implements Collector {

  private final HitHeap all;
  private final HitHeap recent;
  private final long since;

  TwoHeaps(int count, long sinceMillis, int recentCount) {
    this.all = new HitHeap(count);
    this.recent = new HitHeap(recentCount);
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
    HitHeap.LeafIds ids = new HitHeap.LeafIds(context.reader());
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
        boolean changed = all.offer(global, score, ids, doc);
        if (published.advanceExact(doc) && published.longValue() >= since) {
          changed |= recent.offer(global, score, ids, doc);
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
}
