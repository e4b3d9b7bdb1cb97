package kiosque.newsroom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import kiosque.content.FrenchDates;
import kiosque.web.Messages;
import org.junit.jupiter.api.Test;

/** Each stored code as a sentence, in French and in English, with what the line recorded. */
class AuditSentencesTest {

  private final AuditSentences french = new AuditSentences(new Messages(Locale.FRENCH),
      new FrenchDates(ZoneId.of("Africa/Casablanca"), Locale.FRENCH));
  private final AuditSentences english = new AuditSentences(new Messages(Locale.ENGLISH),
      new FrenchDates(ZoneId.of("Africa/Casablanca"), Locale.ENGLISH));

  @Test
  void anArticleActionNamesThePersonAndTheTitle() {
    AuditSentences.Sentence sentence = french.of("Nadia", "article.submit", "article 12 « Le port de Tanger »");
    assertThat(sentence.text()).isEqualTo("Nadia a soumis « Le port de Tanger » à relecture");
    assertThat(sentence.articleId()).isEqualTo(12L);
    assertThat(english.of("Nadia", "article.submit", "article 12 « Le port de Tanger »").text())
        .isEqualTo("Nadia sent “Le port de Tanger” for review");
  }

  @Test
  void aScheduleIsShownInTheSitesZone() {
    // 09:00 UTC is 10h00 in Casablanca (UTC+1).
    assertThat(french.of("Leïla", "article.schedule", "article 3 « Titre » @ 2025-06-02T09:00:00Z").text())
        .isEqualTo("Leïla a programmé « Titre » pour le 2 juin 2025 à 10h00");
  }

  @Test
  void whateverFollowsTheTitleIsQuotedAsTheReason() {
    assertThat(french.of("Leïla", "article.unpublish", "article 3 « Titre » — erreur de chiffres").text())
        .isEqualTo("Leïla a dépublié « Titre » — motif : « erreur de chiffres »");
    assertThat(french.of("Leïla", "article.restore", "article 3 « Titre » from revision 7").text())
        .isEqualTo("Leïla a restauré une version de « Titre » (depuis la version 7)");
  }

  @Test
  void everyCodeTheApplicationWritesHasASentenceAndALabelInBothLanguages() {
    for (String code : AuditSentences.CODES) {
      for (Locale locale : new Locale[] {Locale.FRENCH, Locale.ENGLISH}) {
        Messages msg = new Messages(locale);
        assertThat(msg.get("nr.audit.code." + code)).as(code).isNotBlank();
        assertThat(msg.get("nr.audit.label." + code)).as(code).isNotBlank();
      }
      assertThat(french.of("Nadia", code, "x").text()).as(code).doesNotContain(code).doesNotContain("{");
    }
  }

  @Test
  void anUnknownCodeIsShownAsStored() {
    assertThat(french.of("Nadia", "frobnicate", "quelque chose").text()).isEqualTo("Nadia : frobnicate quelque chose");
  }
}
