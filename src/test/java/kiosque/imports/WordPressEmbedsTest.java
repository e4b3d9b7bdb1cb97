package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import kiosque.content.BodySanitizer;
import org.junit.jupiter.api.Test;

/**
 * A WordPress post's embeds and captions arrive as the body's own elements (what the editor writes),
 * through the import's whole path: shortcodes, paragraphs, then the sanitiser.
 */
class WordPressEmbedsTest {

  private final BodySanitizer sanitizer = new BodySanitizer();

  private String imported(String content) {
    // Line breaks between blocks stay as WordPress wrote them; what matters here are the elements.
    return sanitizer.sanitize(WordPressBody.toHtml(content)).html().replace("\n", "");
  }

  @Test
  void embedShortcodesOfKnownProvidersBecomeEmbeds() {
    assertThat(imported("Avant.\n\n[embed]https://www.youtube.com/watch?v=dQw4w9WgXcQ[/embed]\n\n"
        + "[tweet https://twitter.com/hespress/status/1745000000000000000]\n\n[embed]https://example.org/video[/embed]\n\nAprès."))
        .isEqualTo("<p>Avant.</p><figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
            + "<figure class=\"embed\" data-provider=\"x\" data-id=\"1745000000000000000\"></figure><p>Après.</p>");
  }

  @Test
  void bareProviderAddressesOnTheirOwnLineBecomeEmbeds() {
    assertThat(imported("Regardez :\n\nhttps://youtu.be/dQw4w9WgXcQ\n\nhttps://www.instagram.com/p/C1aBcDeFgHi/\n\n"
        + "Et https://youtu.be/dQw4w9WgXcQ dans une phrase."))
        .isEqualTo("<p>Regardez :</p><figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
            + "<figure class=\"embed\" data-provider=\"instagram\" data-id=\"C1aBcDeFgHi\"></figure>"
            + "<p>Et https://youtu.be/dQw4w9WgXcQ dans une phrase.</p>");
  }

  @Test
  void framesOfKnownProvidersBecomeEmbedsUnknownOnesGo() {
    assertThat(imported("<iframe src=\"https://www.dailymotion.com/embed/video/x8pqr2z\" width=\"640\"></iframe>\n\n"
        + "<iframe src=\"https://ads.example/x\"></iframe>\n\nFin."))
        .isEqualTo("<figure class=\"embed\" data-provider=\"dailymotion\" data-id=\"x8pqr2z\"></figure><p>Fin.</p>");
  }

  @Test
  void captionsBecomeFiguresWithTheirCaption() {
    assertThat(imported("[caption id=\"attachment_7\" width=\"640\"]<img src=\"https://ex.ma/p.jpg\" alt=\"Barrage\" "
        + "width=\"640\" height=\"427\" /> Le barrage Al Massira[/caption]\n\nTexte."))
        .isEqualTo("<figure><img src=\"https://ex.ma/p.jpg\" alt=\"Barrage\" width=\"640\" height=\"427\">"
            + "<figcaption>Le barrage Al Massira</figcaption></figure><p>Texte.</p>");
  }
}
