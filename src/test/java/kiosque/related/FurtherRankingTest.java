package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rules that order "Aller plus loin", one candidate's features at a time. */
class FurtherRankingTest {

  private final FurtherRanking shipped = new FurtherRanking(FurtherWeights.DEFAULT);

  @Test
  void aRareStoryKickerPullsTheSameStoryUpAndACountryKickerDoesNot() {
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("cosine=1,time=1,days=7,kicker=0.3"));
    // Out of 100,000 headlines, "Gilets jaunes" opens 40, "Maroc" 6,000.
    double story = Kicker.rarity(40, 100_000);
    double country = Kicker.rarity(6_000, 100_000);

    double closerText = ranking.score(0.40, 0.40, 20, 0);
    assertThat(ranking.score(0.30, 0.30, 20, story)).isGreaterThan(closerText);
    assertThat(ranking.score(0.30, 0.30, 20, country)).isLessThan(closerText);
  }

  @Test
  void theKickerWeighsOnlyAsMuchAsItIsRare() {
    assertThat(Kicker.rarity(1, 100_000)).isCloseTo(1.0, within(0.001));
    assertThat(Kicker.rarity(40, 100_000)).isBetween(0.6, 0.8);
    assertThat(Kicker.rarity(6_000, 100_000)).isLessThan(0.3);
    assertThat(FurtherRanking.namesTheDossier(Kicker.rarity(40, 100_000))).isTrue();
    assertThat(FurtherRanking.namesTheDossier(Kicker.rarity(6_000, 100_000))).isFalse();
  }

  @Test
  void closenessInTimeIsToTheArticlesOwnDateAndHalvesOverTheTunedDays() {
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("cosine=1,time=2,days=7"));
    assertThat(ranking.closeness(0)).isEqualTo(1.0);
    assertThat(ranking.closeness(7)).isEqualTo(0.5);
    assertThat(ranking.closeness(-7)).isEqualTo(0.5);
    // At equal similarity the article of the same week comes first ...
    assertThat(ranking.score(0.3, 0.3, 2, 0)).isGreaterThan(ranking.score(0.3, 0.3, 200, 0));
    // ... but closeness multiplies the similarity: a passing resemblance of the same day stays behind.
    assertThat(ranking.score(0.05, 0.05, 0, 0)).isLessThan(ranking.score(0.4, 0.4, 300, 0));
  }

  @Test
  void theWholeTextCosineIsMixedWithTheQuerysSimilarity() {
    FurtherRanking ranking = new FurtherRanking(FurtherWeights.parse("cosine=1,time=0"));
    // Sharing two names says little when the texts have nothing else in common.
    assertThat(ranking.score(0.5, 0.05, 10, 0)).isLessThan(ranking.score(0.35, 0.5, 10, 0));
    assertThat(ranking.relevance(1, 1)).isEqualTo(1.0);
    assertThat(new FurtherRanking(FurtherWeights.parse("cosine=0,time=0")).score(0.5, 0.05, 10, 0))
        .isGreaterThan(new FurtherRanking(FurtherWeights.parse("cosine=0,time=0")).score(0.35, 0.5, 10, 0));
  }

  @Test
  void aVerySimilarArticleOfTheSameFewDaysIsTheSameAffair() {
    assertThat(shipped.sameStory(0.5, 2)).isTrue();
    assertThat(shipped.sameStory(0.5, 5)).isFalse();
    assertThat(shipped.sameStory(0.2, 1)).isFalse();
  }

  @Test
  void weightsParseByNameOverTheDefaultsAndRefuseNonsense() {
    FurtherWeights w = FurtherWeights.parse("cosine=0.5, days=10");
    assertThat(w.cosine()).isEqualTo(0.5);
    assertThat(w.days()).isEqualTo(10);
    assertThat(w.keyTerms()).isEqualTo(FurtherWeights.DEFAULT.keyTerms());
    assertThat(FurtherWeights.parse(w.toString())).isEqualTo(w);
    assertThatThrownBy(() -> FurtherWeights.parse("colour=1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> FurtherWeights.parse("days=0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theSameSectionAddsItsWeightWhateverTheSimilarity() {
    FurtherRanking tried = new FurtherRanking(FurtherWeights.parse("section=0.1"));
    FurtherRanking without = new FurtherRanking(FurtherWeights.parse("section=0"));

    assertThat(tried.scoreOnTimeScale(0.3, 20, 7, 0, true) - tried.scoreOnTimeScale(0.3, 20, 7, 0, false))
        .isCloseTo(0.1, within(1e-12));
    assertThat(shipped.scoreOnTimeScale(0.05, 200, 7, 0, true) - shipped.scoreOnTimeScale(0.05, 200, 7, 0, false))
        .as("the shipped weight, chosen on half A").isCloseTo(0.2, within(1e-12));
    assertThat(without.scoreOnTimeScale(0.3, 20, 7, 0, true)).isEqualTo(without.scoreOnTimeScale(0.3, 20, 7, 0, false));
    assertThatThrownBy(() -> FurtherWeights.parse("section=-1")).isInstanceOf(IllegalArgumentException.class);
  }
}
