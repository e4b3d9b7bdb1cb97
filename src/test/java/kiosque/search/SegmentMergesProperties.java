package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The merge rule of the readers' index ({@link SegmentMerges}) over a site's life: one large
 * segment from a rebuild, then flushes of a few documents, each followed by the merge the rule asks
 * for (done at once, as if merges took no time).
 */
class SegmentMergesProperties {

  @Property(tries = 300)
  void smallSegmentsNeverPileUpAndTheLargeOneIsNeverRewritten(
      @ForAll @IntRange(min = 1, max = 200_000) int rebuilt,
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = 1, max = 50) Integer> flushes) {
    List<Integer> segments = new ArrayList<>(List.of(rebuilt));
    long documents = rebuilt;
    for (int flushed : flushes) {
      segments.add(flushed);
      documents += flushed;
      int largest = segments.stream().mapToInt(Integer::intValue).max().orElseThrow();
      List<Integer> chosen = SegmentMerges.smallToMerge(largest, segments.stream().mapToInt(Integer::intValue).toArray());
      if (!chosen.isEmpty()) {
        int merged = chosen.stream().mapToInt(segments::get).sum();
        // What a merge rewrites stays small beside the index: the small ones only, never the rebuilt one.
        assertThat((double) merged).isLessThan(chosen.size() * largest * SegmentMerges.SMALL_SHARE);
        assertThat(chosen).doesNotContain(segments.indexOf(largest));
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
          if (!chosen.contains(i)) {
            kept.add(segments.get(i));
          }
        }
        kept.add(merged);
        segments = kept;
      }
      int largestNow = segments.stream().mapToInt(Integer::intValue).max().orElseThrow();
      long small = segments.stream().filter(docs -> docs < largestNow * SegmentMerges.SMALL_SHARE).count();
      assertThat(small).isLessThanOrEqualTo(SegmentMerges.MAX_SMALL);
      assertThat(segments.stream().mapToLong(Integer::longValue).sum()).isEqualTo(documents);
    }
    assertThat(segments).contains(rebuilt);
  }

  @Property(tries = 300)
  void nothingIsMergedWhileFewSegmentsAreSmall(
      @ForAll @IntRange(min = 1, max = 200_000) int largest,
      @ForAll @Size(max = 30) List<@IntRange(min = 1, max = 200_000) Integer> others) {
    int[] docs = others.stream().mapToInt(d -> Math.min(d, largest)).toArray();
    long small = others.stream().mapToInt(d -> Math.min(d, largest)).filter(d -> d < largest * SegmentMerges.SMALL_SHARE).count();
    List<Integer> chosen = SegmentMerges.smallToMerge(largest, docs);
    if (small <= SegmentMerges.MAX_SMALL) {
      assertThat(chosen).isEmpty();
    } else {
      assertThat(chosen).hasSize((int) small).allMatch(i -> docs[i] < largest * SegmentMerges.SMALL_SHARE);
    }
  }
}
