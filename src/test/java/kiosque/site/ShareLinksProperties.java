package kiosque.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The share links' encoding, written by hand (issue 15), is URLEncoder's with spaces as %20. */
class ShareLinksProperties {

  @Property(tries = 2000)
  void encodingIsUrlEncodersWithSpacesAsPercent20(@ForAll("titles") String text) {
    assertThat(ShareLinks.encode(text))
        .isEqualTo(URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20"));
  }

  @Provide
  Arbitrary<String> titles() {
    // Titles as written (accents, quotes, punctuation, emoji as surrogate pairs), and lone surrogates.
    return Arbitraries.strings().withChars("aZ09-_.*+ %&?=/'\"«»éèàçœ’…\u00a0\ud83d\ude00\udc00")
        .withCharRange('\u0000', '\u00ff').ofMaxLength(60)
        .injectDuplicates(0.05);
  }
}
