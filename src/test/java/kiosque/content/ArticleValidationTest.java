package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The rules every write path goes through, as units; ImportProperties feeds them whole files. */
class ArticleValidationTest {

  @Test
  void removesControlCharactersButTabAndLineFeedAndSaysWhich() {
    ArticleValidation.Checked checked = ArticleValidation.check(article()
        .title("Un\u0000 titre\u0007").summary("Tab\there").body("Ligne 1\r\nLigne 2\rLigne 3\u001b").build());

    assertThat(checked.draft().title()).isEqualTo("Un titre");
    assertThat(checked.draft().summary()).isEqualTo("Tab\there");
    assertThat(checked.draft().body()).isEqualTo("Ligne 1\nLigne 2\nLigne 3");
    assertThat(checked.warnings()).containsExactly("title: 2 control characters removed (U+0000, U+0007)",
        "body: 1 control character removed (U+001B)");
  }

  @Test
  void putsTextInNfc() {
    ArticleDraft draft = ArticleValidation.check(article().title("E\u0301te\u0301").build()).draft();

    assertThat(draft.title()).isEqualTo("\u00c9t\u00e9");
  }

  @Test
  void keepsEmojiRightToLeftTextAndMarks() {
    String title = "Salut 👨‍👩‍👧 🇲🇦 שלום \u200f مرحبا";

    assertThat(ArticleValidation.check(article().title(title).build()).draft().title()).isEqualTo(title);
  }

  @Test
  void refusesALoneSurrogateNamingTheField() {
    assertThatThrownBy(() -> ArticleValidation.check(article().body("coupé \udc00 ici").build()))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageStartingWith("body contains a lone surrogate (U+DC00 at character 7)");
  }

  @Test
  void refusesDatesOutsideTheYears1800To9999() {
    for (String date : new String[] {"1799-12-31T23:59:59Z", "+10000-01-01T00:00:00Z", "0000-01-01T00:00:00Z",
        "-0001-06-01T00:00:00Z", "9999-12-31T00:00:00Z"}) {
      assertThatThrownBy(() -> ArticleValidation.check(article().publishedAt(Instant.parse(date)).build()))
          .as(date).isInstanceOf(InvalidContentException.class)
          .hasMessageStartingWith("published_at ").hasMessageContaining("outside the years 1800 to 9999");
    }
    for (String date : new String[] {"1800-01-01T00:00:00Z", "9999-12-30T23:59:59Z"}) {
      assertThat(ArticleValidation.check(article().publishedAt(Instant.parse(date)).build()).draft().publishedAt())
          .isEqualTo(Instant.parse(date));
    }
  }

  @Test
  void refusesControlCharactersInAnIdRatherThanChangeIt() {
    assertThatThrownBy(() -> ArticleValidation.check(article().id("a\u0000b").build()))
        .isInstanceOf(InvalidContentException.class).hasMessage("id contains control characters (U+0000)");
  }

  @Test
  void aTitleOfControlCharactersOnlyIsMissing() {
    assertThatThrownBy(() -> ArticleValidation.check(article().title("\u0000\u0001").build()))
        .isInstanceOf(InvalidContentException.class).hasMessage("title is missing");
  }

  @Property(tries = 200)
  void whatIsKeptIsNfcWithoutControlsAndCheckingAgainChangesNothing(@ForAll("texts") String text) {
    ArticleValidation.Checked checked;
    try {
      checked = ArticleValidation.check(article().title("T" + text).body("B" + text).build());
    } catch (InvalidContentException refused) {
      assertThat(refused.getMessage()).matches("(title|body) (contains a lone surrogate|is longer than).*");
      return;
    }
    String body = checked.draft().body();
    assertThat(body).doesNotContainPattern("[\\x00-\\x08\\x0b-\\x1f]");
    assertThat(Normalizer.isNormalized(body, Normalizer.Form.NFC)).isTrue();
    ArticleValidation.Checked again = ArticleValidation.check(checked.draft());
    assertThat(again.draft()).isEqualTo(checked.draft());
    assertThat(again.warnings()).isEmpty();
  }

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(300),
        Arbitraries.strings().withCharRange('\u0000', '\u0040').withChars('\u0301', '\u200f', '\ud83d', '\ude00', 'é')
            .ofMaxLength(300));
  }
}
