package kiosque.popular;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewCountsTest {

  private static final Instant TEN_PAST = Instant.parse("2025-06-01T10:10:00Z");
  private static final Instant TEN = Instant.parse("2025-06-01T10:00:00Z");
  private static final Instant ELEVEN = Instant.parse("2025-06-01T11:00:00Z");

  @Test
  void viewsAddUpByArticleAndHourUntilDrained() {
    ViewCounts counts = new ViewCounts(100);
    counts.add(7, TEN_PAST);
    counts.add(7, TEN_PAST.plusSeconds(600));
    counts.add(8, TEN_PAST);
    counts.add(7, ELEVEN.plusSeconds(5));

    assertThat(counts.drain()).containsExactlyInAnyOrder(
        new ViewCounts.Bucket(7, TEN, 2), new ViewCounts.Bucket(8, TEN, 1), new ViewCounts.Bucket(7, ELEVEN, 1));
    assertThat(counts.drain()).as("a flush takes each view once").isEmpty();
    counts.add(8, TEN_PAST);
    assertThat(counts.drain()).containsExactly(new ViewCounts.Bucket(8, TEN, 1));
  }

  @Test
  void whatAFailedFlushTookIsWrittenByTheNext() {
    ViewCounts counts = new ViewCounts(100);
    counts.add(7, TEN_PAST);
    List<ViewCounts.Bucket> taken = counts.drain();
    counts.add(7, TEN_PAST);
    counts.restore(taken);
    assertThat(counts.drain()).containsExactly(new ViewCounts.Bucket(7, TEN, 2));
  }

  @Test
  void newKeysPastTheBoundAreDroppedUntilTheNextFlush() {
    ViewCounts counts = new ViewCounts(2);
    counts.add(1, TEN_PAST);
    counts.add(2, TEN_PAST);
    counts.add(3, TEN_PAST);
    counts.add(1, TEN_PAST);
    assertThat(counts.drain()).containsExactlyInAnyOrder(new ViewCounts.Bucket(1, TEN, 2), new ViewCounts.Bucket(2, TEN, 1));
  }
}
