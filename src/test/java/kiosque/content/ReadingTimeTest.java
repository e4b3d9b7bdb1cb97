package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

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

  private static String words(int count) {
    return "mot ".repeat(count);
  }
}
