package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Meta descriptions: the first words of a text, flattened, cut near 160 characters at a word. */
class DescriptionTest {

  /** What {@link LayoutFactory#shorten} computed when it flattened the whole text first. */
  private static String wholeTextFirst(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 160) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', 159);
    return flat.substring(0, cut > 0 ? cut : 159) + "…";
  }

  @Test
  void aLongBodyIsCutAtAWordAsWhenTheWholeBodyWasFlattened() {
    String body = ("  Le barrage Youssef Ben Tachfine\n\nne retient plus que 10 %\tde sa capacité. ").repeat(200);

    String description = LayoutFactory.shorten(body);

    assertThat(description).isEqualTo(wholeTextFirst(body)).endsWith("…").startsWith("Le barrage");
    assertThat(description.length()).isLessThanOrEqualTo(161);
  }

  @Test
  void whitespaceThatFoldsALongTextUnder160CharactersStillGivesTheWholeText() {
    String text = "Début" + " ".repeat(900) + "fin.";

    assertThat(LayoutFactory.shorten(text)).isEqualTo("Début fin.").isEqualTo(wholeTextFirst(text));
  }

  @Test
  void shortAndMissingTextsStayAsTheyAre() {
    assertThat(LayoutFactory.shorten(null)).isEmpty();
    assertThat(LayoutFactory.shorten("  Un chapô\ncourt. ")).isEqualTo("Un chapô court.");
    String exactly = "x".repeat(100) + " " + "y".repeat(700);
    assertThat(LayoutFactory.shorten(exactly)).isEqualTo(wholeTextFirst(exactly));
  }
}
