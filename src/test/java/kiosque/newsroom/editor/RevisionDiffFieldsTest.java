package kiosque.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import kiosque.content.ArticleExtras;
import org.junit.jupiter.api.Test;

/** The fields of issue 13 in the revision diff: a line each when set, none when not. */
class RevisionDiffFieldsTest {

  private static ArticleForm form(ArticleExtras extras) {
    return new ArticleForm("Titre", "", "<p>Texte.</p>", "Maroc", List.of(), List.of("I.L"), "", "", "", null, extras);
  }

  @Test
  void eachSetFieldIsALineAJournalistReadsAndAnEmptyOneIsNone() {
    List<String> lines = RevisionDiff.lines(form(new ArticleExtras("Gilets jaunes", null, null, "Partagé", 7L,
        "Une date\nétait fausse.", null)));

    assertThat(lines).contains("Surtitre : Gilets jaunes", "Titre de partage : Partagé", "Image de partage : n° 7",
        "Correction : Une date était fausse.");
    assertThat(lines).noneMatch(line -> line.startsWith("Titre pour les moteurs"));
    assertThat(RevisionDiff.lines(form(ArticleExtras.NONE)))
        .as("an article without these fields compares as it always did")
        .isEqualTo(RevisionDiff.lines(new ArticleForm("Titre", "", "<p>Texte.</p>", "Maroc", List.of(),
            List.of("I.L"), "", "", "")))
        .noneMatch(line -> line.startsWith("Surtitre") || line.startsWith("Correction"));
  }

  @Test
  void aNewCorrectionShowsAsAnAddedLine() {
    List<RevisionDiff.Line> diff = RevisionDiff.between(form(ArticleExtras.NONE),
        form(new ArticleExtras(null, null, null, null, null, "Le bilan était de 12 morts.", null)));

    assertThat(diff).filteredOn(line -> line.kind().equals("added"))
        .extracting(line -> line.segments().stream().map(RevisionDiff.Segment::text).reduce("", String::concat))
        .containsExactly("Correction : Le bilan était de 12 morts.");
  }
}
