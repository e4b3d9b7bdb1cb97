package kiosque.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which archive pages a month opening or closing purges: those whose previous or next month it becomes or was. */
class ArchiveNeighboursTest {

  static final YearMonth NOV_2023 = YearMonth.of(2023, 11);
  static final YearMonth MAY = YearMonth.of(2025, 5);
  static final YearMonth JUNE = YearMonth.of(2025, 6);
  static final YearMonth JULY = YearMonth.of(2025, 7);

  @Test
  void aNewMonthPurgesTheNearestMonthsWithArticlesOnEitherSide() {
    assertThat(PageCacheFollower.neighboursOfChangedMonths(List.of(NOV_2023, MAY, JULY), List.of(NOV_2023, MAY, JUNE, JULY)))
        .containsExactlyInAnyOrder("month-2025-05", "month-2025-07");
  }

  @Test
  void aMonthLosingItsLastArticlePurgesItsNeighboursToo() {
    assertThat(PageCacheFollower.neighboursOfChangedMonths(List.of(NOV_2023, MAY, JULY), List.of(NOV_2023, JULY)))
        .containsExactlyInAnyOrder("month-2023-11", "month-2025-07");
  }

  @Test
  void theSameMonthsPurgeNothingAndTheNewestMonthHasOnlyAnOlderNeighbour() {
    assertThat(PageCacheFollower.neighboursOfChangedMonths(List.of(MAY, JULY), List.of(MAY, JULY))).isEmpty();
    assertThat(PageCacheFollower.neighboursOfChangedMonths(List.of(MAY), List.of(MAY, JULY)))
        .containsExactly("month-2025-05");
  }
}
