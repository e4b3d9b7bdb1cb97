package kiosque.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * Facet counts taken while the search collects its hits, from each segment's own ordinals.
 *
 * <p>Lucene's {@code FacetsCollector} records every match in a bit set, then a second walk over
 * them decodes each one's doc values and looks its ordinals up in the {@link OrdinalMap}: at 100,000
 * articles that was about a tenth of the benchmark's CPU. Here each segment's values are read once into plain
 * arrays (a document's ordinals, about 2.5 MB at 100,000 articles, kept while the segment lives:
 * a refresh reads only new segments), its ordinals are mapped to the reader's once per refreshed
 * searcher, and a match adds to its values' counts as it is collected. Counts and order are those
 * of Lucene's {@code SortedSetDocValuesFacetCounts}: most frequent first, equal counts in label
 * order ({@code FacetOrdinalsTest} compares the two).
 */
final class FacetOrdinals {

  /** Each live segment's documents' ordinals, by the segment's core: segments outlive many refreshes. */
  private static final Map<Object, SegmentValues> BY_SEGMENT = new ConcurrentHashMap<>();

  private final SortedSetDocValuesReaderState state;
  /** Per segment (by its ord in the reader), the reader's ordinal of each of the segment's. */
  private final int[][] globalBySegment;
  private final SegmentValues[] segments;
  private final int valueCount;

  FacetOrdinals(IndexReader reader, SortedSetDocValuesReaderState state) throws IOException {
    this.state = state;
    // The reader's values over several segments carry the map Lucene's own counting uses.
    OrdinalMap map = state.getDocValues() instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
    List<LeafReaderContext> leaves = reader.leaves();
    globalBySegment = new int[leaves.size()][];
    segments = new SegmentValues[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      segments[leaf.ord] = SegmentValues.of(leaf.reader(), state.getField());
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
    valueCount = state.getSize();
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
        if (collectors.size() == 1) {
          // One slice (the searcher has no executor): its counts are the sum.
          return ((Counter) collectors.iterator().next()).counts;
        }
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
    // The best kept sorted by insertion: a dimension has thousands of values, the page shows ten.
    int[] best = new int[max];
    int kept = 0;
    for (int ord = range.start(); ord <= range.end(); ord++) {
      int count = counts[ord];
      if (count == 0 || kept == max && count <= counts[best[max - 1]]) {
        continue;
      }
      // Ordinals follow the labels' order and come in ascending order: an equal count stays behind, as in Lucene's.
      int at = kept < max ? kept++ : max - 1;
      while (at > 0 && counts[best[at - 1]] < count) {
        best[at] = best[at - 1];
        at--;
      }
      best[at] = ord;
    }
    SortedSetDocValues labels = state.getDocValues();
    List<FacetCount> top = new ArrayList<>(kept);
    for (int ord : Arrays.copyOf(best, kept)) {
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
    public LeafCollector getLeafCollector(LeafReaderContext context) {
      SegmentValues values = segments[context.ord];
      if (values.ords().length == 0) {
        throw new CollectionTerminatedException();
      }
      int[] starts = values.starts();
      int[] ords = values.ords();
      int[] global = globalBySegment[context.ord];
      return new LeafCollector() {
        @Override
        public void setScorer(Scorable scorer) {}

        @Override
        public void collect(int doc) {
          for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
            counts[global[ords[i]]]++;
          }
        }
      };
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /**
   * A segment's facet values as arrays: document {@code d}'s ordinals (the segment's) are
   * {@code ords[starts[d]]} to {@code ords[starts[d + 1] - 1]}.
   */
  record SegmentValues(int[] starts, int[] ords) {

    static SegmentValues of(LeafReader segment, String field) throws IOException {
      IndexReader.CacheHelper core = segment.getCoreCacheHelper();
      if (core == null) {
        return read(segment, field);
      }
      SegmentValues known = BY_SEGMENT.get(core.getKey());
      if (known != null) {
        return known;
      }
      SegmentValues values = read(segment, field);
      if (BY_SEGMENT.putIfAbsent(core.getKey(), values) == null) {
        core.addClosedListener(BY_SEGMENT::remove);
      }
      return values;
    }

    private static SegmentValues read(LeafReader segment, String field) throws IOException {
      int[] starts = new int[segment.maxDoc() + 1];
      int[] ords = new int[0];
      int size = 0;
      int next = 0;
      SortedSetDocValues values = segment.getSortedSetDocValues(field);
      if (values != null) {
        ords = new int[Math.max(16, segment.maxDoc() * 4)];
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
          while (next <= doc) {
            starts[next++] = size;
          }
          for (int i = values.docValueCount(); i > 0; i--) {
            if (size == ords.length) {
              ords = Arrays.copyOf(ords, ords.length * 2);
            }
            ords[size++] = (int) values.nextOrd();
          }
        }
      }
      while (next < starts.length) {
        starts[next++] = size;
      }
      return new SegmentValues(starts, Arrays.copyOf(ords, size));
    }
  }
}
