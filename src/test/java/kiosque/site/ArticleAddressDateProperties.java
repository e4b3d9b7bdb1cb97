package kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** An article address's date, checked without a regular expression (issue 15), as the expression did. */
class ArticleAddressDateProperties {

  @Property(tries = 2000)
  void eightDigitsIsTheExpression(@ForAll("parts") String year, @ForAll("parts") String month,
      @ForAll("parts") String day) {
    assertThat(SiteRoutes.eightDigits(year, month, day)).isEqualTo((year + month + day).matches("\\d{8}"));
  }

  @Provide
  Arbitrary<String> parts() {
    // Mostly digits of the right lengths, sometimes letters, Arabic-Indic digits or nothing.
    return Arbitraries.oneOf(Arbitraries.strings().numeric().ofMinLength(2).ofMaxLength(4),
        Arbitraries.strings().withChars("0123456789a-٣").ofMaxLength(5));
  }
}
