package kiosque.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionDiffTest {

  private static ArticleForm form(String title, String body, String... topics) {
    return new ArticleForm(title, "", body, "Maroc", List.of(topics), List.of("I.L"), "", "", "");
  }

  @Test
  void showsFormattingAndLinksInWordsAJournalistReads() {
    List<String> lines = RevisionDiff.lines(form("T", "<h2>Le contexte</h2><p>Un <b>record</b> selon "
        + "<a href=\"https://example.ma\">l’ONEE</a>.</p><ul><li>un</li><li><i>deux</i></li></ul>"
        + "<blockquote><p>Citation.</p></blockquote>"));

    assertThat(lines).endsWith("Intertitre : Le contexte", "Un **record** selon l’ONEE [https://example.ma].",
        "• un", "• _deux_", "Citation : Citation.");
  }

  @Test
  void marksRemovedAndAddedWordsInsideAChangedLine() {
    List<RevisionDiff.Line> diff = RevisionDiff.between(form("T", "<p>Le taux est de 10 %.</p>", "Économie"),
        form("T", "<p>Le taux est de 12 %.</p>", "Économie", "Banque"));

    RevisionDiff.Line body = diff.getLast();
    assertThat(body.kind()).isEqualTo("changed");
    assertThat(body.segments()).extracting(RevisionDiff.Segment::kind, RevisionDiff.Segment::text)
        .contains(org.assertj.core.groups.Tuple.tuple("del", "10"), org.assertj.core.groups.Tuple.tuple("ins", "12"));
    assertThat(diff).filteredOn(l -> l.kind().equals("same")).extracting(l -> l.segments().getFirst().text())
        .contains("Titre : T");
    assertThat(diff.get(3).kind()).isEqualTo("changed");
  }
}
