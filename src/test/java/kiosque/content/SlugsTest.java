package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {

  @Test
  void foldsAccentsAndSpellsLigatures() {
    assertThat(Slugs.of("États-Unis : l’économie ralentit")).isEqualTo("etats-unis-l-economie-ralentit");
    assertThat(Slugs.of("Cœur de Marrakech, Ça bouge")).isEqualTo("coeur-de-marrakech-ca-bouge");
  }

  @Test
  void treatsBothApostrophesAndGuillemetsAsSeparators() {
    assertThat(Slugs.of("l'armée")).isEqualTo("l-armee");
    assertThat(Slugs.of("l’armée")).isEqualTo("l-armee");
    assertThat(Slugs.of("« Jusqu’ici tout va bien »")).isEqualTo("jusqu-ici-tout-va-bien");
  }

  @Test
  void keepsDigitsAndDropsEverythingElse() {
    assertThat(Slugs.of("Covid-19 : 2 000 cas & plus ?!")).isEqualTo("covid-19-2-000-cas-plus");
  }

  @Test
  void cutsLongTitlesAtAWordBoundary() {
    String slug = Slugs.of("Le gouvernement annonce un vaste programme de rénovation des infrastructures "
        + "ferroviaires entre Kénitra et Marrakech pour les dix prochaines années");
    assertThat(slug.length()).isLessThanOrEqualTo(Slugs.MAX_LENGTH);
    assertThat(slug).startsWith("le-gouvernement-annonce").doesNotEndWith("-");
    assertThat(slug).matches("[a-z0-9-]+");
  }

  @Test
  void neverReturnsAnEmptySlug() {
    assertThat(Slugs.of("« ! »")).isEqualTo("article");
  }
}
