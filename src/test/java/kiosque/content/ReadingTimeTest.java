package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Words and reading time as the editor and the article page show them: 230 words a minute, rounded up. */
class ReadingTimeTest {

  @Test
  void countsWordsBetweenSpacesLeavingOutPunctuationAlone() {
    assertThat(ReadingTime.of("L’armée a défilé – « enfin » : 14\u202F000 soldats\u202F!\nFin.").words())
        .as("l’armée is one word; a dash, guillemets and a colon are none; a number with a no-break space is one")
        .isEqualTo(7);
  }

  @Test
  void roundsUpToTheNextMinute() {
    assertThat(ReadingTime.of(words(230))).isEqualTo(new ReadingTime(230, 1));
    assertThat(ReadingTime.of(words(231))).isEqualTo(new ReadingTime(231, 2));
    assertThat(ReadingTime.of(words(690))).isEqualTo(new ReadingTime(690, 3));
    assertThat(ReadingTime.of(words(1))).isEqualTo(new ReadingTime(1, 1));
  }

  @Test
  void anEmptyOrBlankBodyTakesNoTime() {
    assertThat(ReadingTime.of("")).isEqualTo(new ReadingTime(0, 0));
    assertThat(ReadingTime.of(null)).isEqualTo(new ReadingTime(0, 0));
    assertThat(ReadingTime.of(" \n\t\u00A0 — ")).isEqualTo(new ReadingTime(0, 0));
  }

  /** Counted in one pass (every article page counts its body), the words are those of splitting at white space. */
  @Property
  void countsWhatSplittingAtWhiteSpaceCounts(@ForAll("prose") String text) {
    int split = 0;
    for (String token : text.split("\\s+")) {
      if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
        split++;
      }
    }
    assertThat(ReadingTime.of(text).words()).isEqualTo(split);
  }

  /** Letters, digits, punctuation, ASCII and no-break spaces, and surrogates paired (𝐀 is a letter) or not. */
  @Provide
  Arbitrary<String> prose() {
    return Arbitraries.strings().withChars(" \t\n\r\f\u000B\u00A0\u202Fa\u00e91-\u00ab\u2019:?")
        .withCharRange('\uD835', '\uD835').withCharRange('\uDC00', '\uDC03').ofMaxLength(40);
  }

  private static String words(int count) {
    return "mot ".repeat(count);
  }
}
