package kiosque.search;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Whether a query finds at least so many documents, stopping at the last one needed. "Vouliez-vous
 * dire" asks whether its proposal finds one or two articles: counting all of them (ten thousand for
 * {@code Makron} → Macron) was a fifth of a typo's search.
 */
final class MatchCount {

  private MatchCount() {}

  static boolean atLeast(IndexSearcher searcher, Query query, int wanted) throws IOException {
    return wanted <= 0 || searcher.search(query, new UpTo(wanted)) >= wanted;
  }

  /** Counts matches, each slice of the index up to {@code limit}: the sum reaches it exactly when the total does. */
  private record UpTo(int limit) implements CollectorManager<Counter, Integer> {
    @Override
    public Counter newCollector() {
      return new Counter(limit);
    }

    @Override
    public Integer reduce(Collection<Counter> counters) {
      return counters.stream().mapToInt(counter -> counter.found).sum();
    }
  }

  private static final class Counter implements Collector {
    private final int limit;
    private int found;

    Counter(int limit) {
      this.limit = limit;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      if (found >= limit) {
        throw new CollectionTerminatedException();
      }
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          if (++found >= limit) {
            throw new CollectionTerminatedException();
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }
}
