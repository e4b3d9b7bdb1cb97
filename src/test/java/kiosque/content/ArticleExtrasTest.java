package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The rules of the extra fields: blank is unset, and how a correction gets its date. */
class ArticleExtrasTest {

  static final Instant FIRST = Instant.parse("2021-01-14T14:20:00Z");
  static final Instant NOW = Instant.parse("2021-01-15T09:00:00Z");

  @Test
  void blankTextIsUnsetAndTextIsStripped() {
    ArticleExtras extras = new ArticleExtras("  Gilets jaunes ", " ", "", null, null, "\n", FIRST);

    assertThat(extras.kicker()).isEqualTo("Gilets jaunes");
    assertThat(extras.seoTitle()).isNull();
    assertThat(extras.correction()).isNull();
    assertThat(extras.correctedAt()).as("no correction, no date").isNull();
    assertThat(new ArticleExtras(" ", null, null, "\t", null, null, null).isEmpty()).isTrue();
  }

  @Test
  void aNewCorrectionIsDatedNow() {
    ArticleExtras typed = correction("Le nom du ministre était mal orthographié.", null);

    assertThat(typed.datedAgainst(ArticleExtras.NONE, NOW).correctedAt()).isEqualTo(NOW);
  }

  @Test
  void anUnchangedCorrectionKeepsItsDateAndAChangedOneIsDatedAgain() {
    ArticleExtras stored = correction("Le nom du ministre était mal orthographié.", FIRST);

    assertThat(correction("Le nom du ministre était mal orthographié.", null).datedAgainst(stored, NOW).correctedAt())
        .isEqualTo(FIRST);
    assertThat(correction("Le nom et le titre du ministre étaient faux.", null).datedAgainst(stored, NOW)
        .correctedAt()).isEqualTo(NOW);
  }

  @Test
  void aDateGivenByTheDraftIsKeptAndRemovingTheCorrectionRemovesItsDate() {
    ArticleExtras stored = correction("Texte.", FIRST);
    Instant imported = Instant.parse("2020-03-01T08:00:00Z");

    assertThat(correction("Autre texte.", imported).datedAgainst(stored, NOW).correctedAt()).isEqualTo(imported);
    assertThat(correction(null, null).datedAgainst(stored, NOW).correctedAt()).isNull();
  }

  private static ArticleExtras correction(String text, Instant at) {
    return new ArticleExtras(null, null, null, null, null, text, at);
  }
}
