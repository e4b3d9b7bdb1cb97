package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KickerTest {

  @Test
  void theWordsBeforeAFrenchColonAreTheKicker() {
    assertThat(Kicker.of("Gilets jaunes : nouveau samedi de mobilisation")).get()
        .extracting(Kicker::text, Kicker::key).containsExactly("Gilets jaunes", "gilets jaunes");
    assertThat(Kicker.of("Maroc\u00A0: la pluie revient")).get().extracting(Kicker::text).isEqualTo("Maroc");
    assertThat(Kicker.of("Côte d'Ivoire : élections")).get().extracting(Kicker::key).isEqualTo("cote d'ivoire");
  }

  @Test
  void aTimeALongSentenceOrNoColonIsNoKicker() {
    assertThat(Kicker.of("Rendez-vous à 12:30 place de la Nation")).isEmpty();
    assertThat(Kicker.of("Le gouvernement annonce ce matin à la presse une réforme profonde : la retraite")).isEmpty();
    assertThat(Kicker.of("Le Wydad remporte le championnat")).isEmpty();
    assertThat(Kicker.of(null)).isEmpty();
  }
}
