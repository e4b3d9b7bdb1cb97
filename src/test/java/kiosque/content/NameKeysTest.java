package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeysTest {

  @Test
  void matchesNamesWhateverTheirCaseAccentsAndSpacing() {
    assertThat(NameKeys.of("Économie")).isEqualTo(NameKeys.of("economie")).isEqualTo(NameKeys.of(" ÉCONOMIE "));
    assertThat(NameKeys.of("États-Unis")).isEqualTo(NameKeys.of("Etats-Unis"));
    assertThat(NameKeys.of("Afrique  de l’Ouest")).isEqualTo(NameKeys.of("afrique de l'ouest"));
  }

  @Test
  void keepsDifferentNamesApart() {
    assertThat(NameKeys.of("Maroc")).isNotEqualTo(NameKeys.of("Monde"));
  }
}
