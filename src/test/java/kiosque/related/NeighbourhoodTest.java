package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The second-order score and the neighbours' spread in days, on vectors in an article's word space. */
class NeighbourhoodTest {

  // The article's words: 0 "triathlon", 1 "natation", 2 "podium", 3 "gouvernement".
  private static final double[] IDF = {3, 2, 1.5, 0.5};

  @Test
  void aCandidateCloseToTheArticlesNeighboursRisesAboveOneCloseToTheArticleAlone() {
    double[][] vectors = {
        {0.3, 0.2, 0.1, 0},   // 0, 1: the article's closest neighbours, the same race series
        {0.3, 0.25, 0, 0},
        {0.2, 0.2, 0.1, 0},   // 2: another race, in the neighbours' words
        {0, 0, 0.1, 0.9},     // 3: shares the article's passing words more than its story's
    };
    double[] scores = Neighbourhood.secondOrder(vectors, IDF, null, new int[] {0, 1});

    assertThat(scores[2]).isGreaterThan(scores[3]);
    assertThat(java.util.Arrays.stream(scores).allMatch(s -> s >= 0 && s <= 1)).isTrue();
    assertThat(java.util.Arrays.stream(scores).max().orElseThrow()).isEqualTo(1.0);
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("neighbours=0.5"));
    // At the same first-order relevance, the candidate in the neighbours' words comes first.
    assertThat(ranking.withNeighbours(0.3, scores[2])).isGreaterThan(ranking.withNeighbours(0.3, scores[3]));
    assertThat(new FurtherRanking(FurtherWeights.parse("neighbours=0")).withNeighbours(0.3, scores[2])).isEqualTo(0.3);
  }

  @Test
  void theArticlesOwnVectorBoundsTheScoreAndNoNeighbourMeansNoScore() {
    double[][] vectors = {{0.1, 0, 0, 0}, {0.05, 0, 0, 0}};
    double[] self = {0.4, 0, 0, 0};
    assertThat(Neighbourhood.secondOrder(vectors, IDF, self, new int[] {0})[0]).isCloseTo(0.25, within(1e-9));
    assertThat(Neighbourhood.secondOrder(vectors, IDF, self, new int[0])).containsOnly(0.0);
  }

  @Test
  void theBestAreTheHighestScoresEarliestFirstAmongEquals() {
    assertThat(Neighbourhood.best(new double[] {0.1, 0.5, 0.3, 0.5}, 3)).containsExactly(1, 3, 2);
    assertThat(Neighbourhood.best(new double[] {0.1}, 5)).containsExactly(0);
  }

  @Test
  void aLongStorysTimeScaleIsLongAndABurstKeepsTheFloor() {
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("days=7,spread=2"));
    // A triathlon series: the closest races are months apart.
    double series = Neighbourhood.medianDays(new double[] {40, 95, 120, 150, 300}, new int[] {0, 1, 2, 3, 4});
    assertThat(series).isEqualTo(120);
    assertThat(ranking.timeScale(series)).isEqualTo(240);
    // A burst of news: the closest articles are a day or two apart.
    double burst = Neighbourhood.medianDays(new double[] {1, 2, 0.5, 300}, new int[] {0, 1, 2});
    assertThat(burst).isEqualTo(1);
    assertThat(ranking.timeScale(burst)).isEqualTo(7);
    assertThat(Neighbourhood.medianDays(new double[] {3, -5}, new int[] {0, 1})).isEqualTo(4);

    // Three months apart: in the series nearly as close as the same week, in a burst far.
    double sameWeek = ranking.closeness(5, ranking.timeScale(series));
    double threeMonths = ranking.closeness(90, ranking.timeScale(series));
    assertThat(threeMonths).isGreaterThan(0.7 * sameWeek);
    assertThat(ranking.closeness(90, ranking.timeScale(burst))).isLessThan(0.1);
    assertThat(new FurtherRanking(FurtherWeights.parse("days=7,spread=0")).timeScale(series)).isEqualTo(7);
  }

  @Test
  void rareSharedNamesCountMoreThanCommonOnes() {
    double paris = SharedNames.idf(6_000, 100_000);
    double nkurunziza = SharedNames.idf(12, 100_000);
    double[] idf = {paris, nkurunziza};
    double sharesTheRareName = SharedNames.share(idf, new boolean[] {false, true});
    double sharesTheCommonName = SharedNames.share(idf, new boolean[] {true, false});

    assertThat(sharesTheRareName).isGreaterThan(0.7).isGreaterThan(sharesTheCommonName);
    assertThat(SharedNames.share(idf, new boolean[] {true, true})).isEqualTo(1.0);
    assertThat(SharedNames.share(new double[0], new boolean[0])).isZero();
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("cosine=0.5,names=0.25"));
    assertThat(ranking.relevance(0.3, 0.3, sharesTheRareName)).isGreaterThan(ranking.relevance(0.3, 0.3,
        sharesTheCommonName));
  }
}
