package kiosque.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts taken while the search collects its hits, from each segment's own ordinals.
 *
 * <p>Lucene's {@code FacetsCollector} records every match in a bit set, then a second walk over
 * them reads the ordinals again and looks each one up in the {@link OrdinalMap}: at 100,000 articles
 * that was a tenth of a search's CPU. Here each segment's ordinals are mapped to the reader's once,
 * when the searcher is refreshed (an array per segment), and a match adds to its values' counts as it
 * is collected. Counts and order are those of Lucene's {@code SortedSetDocValuesFacetCounts}: most
 * frequent first, equal counts in label order ({@code FacetOrdinalsTest} compares the two).
 */
final class FacetOrdinals {

  private final SortedSetDocValuesReaderState state;
  /** Per segment (by its ord in the reader), the reader's ordinal of each of the segment's. */
  private final int[][] globalBySegment;
  private final int valueCount;

  FacetOrdinals(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    // The reader's values over several segments carry the map Lucene's own counting uses.
    OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    globalBySegment = new int[leaves.size()][];
    for (LeafReaderContext leaf : leaves) {
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(state.getField());
      int count = values == null ? 0 : (int) values.getValueCount();
      // One segment: its ordinals are the reader's, and there is no map.
      LongValues global = map == null ? LongValues.IDENTITY : map.getGlobalOrds(leaf.ord);
      int[] ords = new int[count];
      for (int ord = 0; ord < count; ord++) {
        ords[ord] = (int) global.get(ord);
      }
      globalBySegment[leaf.ord] = ords;
    }
    valueCount = (int) state.getSize();
  }

  /** Counts per reader ordinal of every match collected, beside whatever else the search collects. */
  CollectorManager<Collector, int[]> counter() {
    return new CollectorManager<>() {
      @Override
      public Collector newCollector() {
        return new Counter(new int[valueCount]);
      }

      @Override
      public int[] reduce(Collection<Collector> collectors) {
        int[] sum = new int[valueCount];
        for (Collector collector : collectors) {
          int[] counts = ((Counter) collector).counts;
          for (int ord = 0; ord < valueCount; ord++) {
            sum[ord] += counts[ord];
          }
        }
        return sum;
      }
    };
  }

  /** The {@code max} most frequent values of a dimension among the counted matches (none counted: none). */
  List<FacetCount> top(int[] counts, String dim, int max) throws IOException {
    OrdRange range = state.getOrdRange(dim);
    if (range == null) {
      return List.of();
    }
    List<Integer> counted = new ArrayList<>();
    for (int ord = range.start(); ord <= range.end(); ord++) {
      if (counts[ord] > 0) {
        counted.add(ord);
      }
    }
    // Ordinals follow the labels' order: equal counts keep it, as Lucene's facet counts do.
    counted.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
    SortedSetDocValues labels = state.getDocValues();
    List<FacetCount> top = new ArrayList<>(Math.min(max, counted.size()));
    for (int ord : counted.subList(0, Math.min(max, counted.size()))) {
      String[] path = FacetsConfig.stringToPath(labels.lookupOrd(ord).utf8ToString());
      top.add(new FacetCount(path[path.length - 1], counts[ord], false));
    }
    return top;
  }

  private final class Counter implements Collector {
    private final int[] counts;

    Counter(int[] counts) {
      this.counts = counts;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
      SortedSetDocValues values = context.reader().getSortedSetDocValues(state.getField());
      if (values == null) {
        throw new CollectionTerminatedException();
      }
      int[] global = globalBySegment[context.ord];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) throws IOException {
          if (values.advanceExact(doc)) {
            for (int i = values.docValueCount(); i > 0; i--) {
              counts[global[(int) values.nextOrd()]]++;
            }
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
