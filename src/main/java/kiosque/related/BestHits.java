package kiosque.related;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;

/**
 * The best hits of a search, ties to the higher article id ({@link HitHeap}), the scorer skipping
 * what cannot enter from the first hits on. Single-threaded searchers only, as the related engine's is.
 */
final class BestHits implements Collector {

  private final HitHeap heap;

  BestHits(int count) {
    this.heap = new HitHeap(count);
  }

  ScoreDoc[] best() {
    return heap.best();
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.TOP_SCORES;
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    int docBase = context.docBase;
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
        if (heap.offer(docBase + doc, scorer.score(), ids, doc)) {
          raiseThreshold();
        }
      }

      private void raiseThreshold() throws IOException {
        float threshold = heap.threshold();
        if (threshold > minCompetitive) {
          minCompetitive = threshold;
          scorer.setMinCompetitiveScore(threshold);
        }
      }
    };
  }
}
