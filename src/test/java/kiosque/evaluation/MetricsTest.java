package kiosque.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import kiosque.evaluation.Metrics.Estimate;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void precisionAtFourCountsRelevantItemsAmongTheFirstFourOnly() {
    assertThat(Metrics.precision(List.of(9L, 1L, 8L, 2L, 3L), Set.of(1L, 2L, 3L), 4)).isEqualTo(0.5);
    assertThat(Metrics.precision(List.of(), Set.of(1L), 4)).isZero();
  }

  @Test
  void ndcgDiscountsARelevantItemByTheLogarithmOfItsRank() {
    // One relevant item at rank 3 of 10, one relevant in all: 1/log2(4) over the ideal 1/log2(2).
    assertThat(Metrics.ndcg(List.of(7L, 8L, 1L), Set.of(1L), 10)).isCloseTo(0.5, within(1e-12));
    // Two relevant, found at ranks 1 and 3: (1 + 1/2) over (1 + 1/log2(3)).
    assertThat(Metrics.ndcg(List.of(1L, 8L, 2L), Set.of(1L, 2L), 10))
        .isCloseTo(1.5 / (1 + 1 / (Math.log(3) / Math.log(2))), within(1e-12));
  }

  @Test
  void aQueryIsCoveredWhenOneOfItsFirstFourItemsIsRelevant() {
    assertThat(Metrics.covered(List.of(9L, 8L, 7L, 1L), Set.of(1L), 4)).isEqualTo(1);
    assertThat(Metrics.covered(List.of(9L, 8L, 7L, 6L, 1L), Set.of(1L), 4)).isZero();
  }

  @Test
  void theBootstrapIntervalOfConstantValuesIsThatValue() {
    Estimate e = Metrics.bootstrap(new double[] {0.5, 0.5, 0.5, 0.5});
    assertThat(e.mean()).isEqualTo(0.5);
    assertThat(e.low()).isEqualTo(0.5);
    assertThat(e.high()).isEqualTo(0.5);
  }

  @Test
  void theBootstrapIntervalHoldsTheMeanAndWidensWithSpread() {
    double[] narrow = {0.4, 0.5, 0.6, 0.4, 0.5, 0.6, 0.4, 0.5, 0.6, 0.5};
    double[] wide = {0, 1, 0, 1, 0, 1, 0, 1, 0, 1};
    Estimate n = Metrics.bootstrap(narrow);
    Estimate w = Metrics.bootstrap(wide);
    assertThat(n.mean()).isCloseTo(0.5, within(1e-12));
    assertThat(n.low()).isLessThan(0.5);
    assertThat(n.high()).isGreaterThan(0.5);
    assertThat(w.high() - w.low()).isGreaterThan(3 * (n.high() - n.low()));
    assertThat(Metrics.bootstrap(wide)).as("a fixed seed: the same interval twice").isEqualTo(w);
  }

  @Test
  void aPairedDifferenceIsAheadOnlyWhenItsWholeIntervalIsAboveZero() {
    double[] engine = {1, 1, 1, 1, 1, 1, 1, 0.5};
    double[] baseline = {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    assertThat(Metrics.pairedDifference(engine, baseline).aboveZero()).isTrue();
    double[] noisy = {1, 0, 1, 0, 1, 0, 1, 0};
    double[] other = {0, 1, 0, 1, 0, 1, 1, 0};
    Estimate tie = Metrics.pairedDifference(noisy, other);
    assertThat(tie.low()).isNegative();
    assertThat(tie.aboveZero()).isFalse();
  }
}
