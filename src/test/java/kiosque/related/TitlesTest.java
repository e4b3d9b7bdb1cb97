package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TitlesTest {

  private static boolean repeats(String a, String b) {
    return Titles.nearIdentical(Titles.words(a), Titles.words(b));
  }

  @Test
  void theSameDispatchRepublishedWithAWordAddedIsARepeat() {
    assertThat(repeats("Séisme au Maroc : le bilan monte à 37 morts",
        "Séisme au Maroc : le bilan monte à 37 morts dimanche")).isTrue();
    assertThat(repeats("Le Wydad remporte le championnat", "Le Wydad remporte le championnat")).isTrue();
  }

  @Test
  void aFollowUpWhoseFigureChangedIsNotARepeat() {
    assertThat(Titles.likeness(Titles.words("Séisme au Maroc : le bilan monte à 37 morts"),
        Titles.words("Séisme au Maroc : le bilan monte à 241 morts"))).isBetween(0.7, 0.72);
    assertThat(repeats("Séisme au Maroc : le bilan monte à 37 morts", "Séisme au Maroc : le bilan monte à 241 morts"))
        .isFalse();
  }

  @Test
  void theArticlesOfASeriesAreNotRepeats() {
    // Pairs of the Wikinews corpus the rule dropped at 0.6 (different competitions, days, people).
    assertThat(repeats("résultats du Grand Prix Junior de Lituanie 2018", "résultats du Grand Prix Junior d'Arménie 2018"))
        .isFalse();
    assertThat(repeats("Gilets jaunes : samedi 1er décembre 2018", "Gilets jaunes : samedi 8 décembre 2018")).isFalse();
    assertThat(repeats("France : décès du cycliste Roger Walkowiak", "France : décès du cycliste Roger Pingeon"))
        .isFalse();
  }

  @Test
  void elisionsApostrophesAccentsAndCaseDoNotMakeTwoHeadlinesDiffer() {
    assertThat(Titles.words("L’armée d’Israël quitte Gaza")).isEqualTo(Titles.words("L'armée d'Israël quitte Gaza"))
        .isEqualTo(Titles.words("l'ARMEE d'israel quitte GAZA")).containsExactlyInAnyOrder("armee", "israel", "quitte",
            "gaza");
    assertThat(Titles.words("La Cour donne jusqu’au 27 juillet à la Birmanie"))
        .containsExactlyInAnyOrder("cour", "donne", "27", "juillet", "birmanie");
    assertThat(Titles.words("Lorsqu'il pleut, puisqu’il le faut")).containsExactlyInAnyOrder("pleut", "faut");
  }

  @Test
  void aHeadlineWithoutWordsRepeatsNothing() {
    assertThat(Titles.words(null)).isEmpty();
    assertThat(repeats("", "")).isFalse();
    assertThat(repeats("Le 1er", "La une")).isFalse();
  }
}
