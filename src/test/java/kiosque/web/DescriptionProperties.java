package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The meta description written in one pass (issue 15) is what the regular expression, the strip
 * and the cut gave, for texts of every length around 160 characters with every kind of whitespace
 * (those {@code \s} folds, and those only {@code strip} removes: U+2028, U+001C, U+2003).
 */
class DescriptionProperties {

  private static String byExpression(String text) {
    String flat = text.replaceAll("\\s+", " ").strip();
    if (flat.length() <= 160) {
      return flat;
    }
    int cut = flat.lastIndexOf(' ', 159);
    return flat.substring(0, cut > 0 ? cut : 159) + "…";
  }

  @Property(tries = 3000)
  void descriptionIsTheFoldedStrippedAndCutText(@ForAll("texts") String text) {
    assertThat(LayoutFactory.shorten(text)).isEqualTo(byExpression(text));
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.strings().withChars("abcéà’«»-.,").ofMinLength(1).ofMaxLength(12);
    Arbitrary<String> spaces = Arbitraries.strings().withChars(" \t\n\u000B\f\r\u2028\u001c\u2003\u00a0")
        .ofMinLength(1).ofMaxLength(4);
    Arbitrary<String> pieces = Arbitraries.oneOf(words, spaces, words, words);
    return pieces.list().ofMaxSize(120).map(list -> String.join("", list));
  }
}
