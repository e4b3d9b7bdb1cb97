package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The body's one schema: what the editor writes survives as written, what it cannot write goes or is converted. */
class BodySchemaTest {

  private final BodySanitizer sanitizer = new BodySanitizer();

  private String clean(String html) {
    return sanitizer.sanitize(html).html();
  }

  @Test
  void keepsEverythingTheEditorWritesAsWritten() {
    String editor = "<h2>Intertitre</h2><h3>Sous-titre</h3><p><b>Gras</b>, <i>italique</i>, "
        + "<a href=\"https://example.org/\" rel=\"noopener\">lien</a> et <a href=\"/2021/01/14/a-12\">interne</a></p>"
        + "<ul><li><p>Un</p></li></ul><ol><li><p>Deux</p></li></ol>"
        + "<blockquote><p>Citation</p></blockquote><blockquote class=\"exergue\"><p>Exergue</p></blockquote>"
        + "<table><tbody><tr><th><p>Ville</p></th><th colspan=\"2\"><p>Pluie</p></th></tr>"
        + "<tr><td><p>Rabat</p></td><td><p>12</p></td><td><p>3</p></td></tr></tbody></table><hr>"
        + "<figure data-media=\"12\"><img src=\"/media/12/w640.jpg\" alt=\"Le barrage\" width=\"1200\" height=\"800\">"
        + "<figcaption>Le barrage en décembre <small class=\"credit\">Photo : MAP</small></figcaption></figure>"
        + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"><figcaption>La vidéo</figcaption></figure>"
        + "<aside class=\"lire-aussi\"><a href=\"/2021/01/10/secheresse-8\">La sécheresse s’installe</a></aside>";
    assertThat(clean(editor)).isEqualTo(editor);
  }

  @Test
  void dropsWhatTheEditorCannotWriteButKeepsTheText() {
    assertThat(clean("<h4>Petit</h4><p><u>souligné</u> <code>x</code> <span class=\"x\">y</span></p>"
        + "<div><pre>bloc</pre></div><blockquote class=\"twitter\"><p>q</p></blockquote>"))
        .isEqualTo("<h3>Petit</h3><p>souligné x y</p><p>bloc</p><blockquote><p>q</p></blockquote>");
    assertThat(clean("<p><small class=\"credit\">hors légende</small></p><figure class=\"photo\" data-media=\"1 or 1\">"
        + "<img src=\"/media/1/w320.jpg\" width=\"100%\" alt=\"a\"></figure>"))
        .isEqualTo("<p>hors légende</p><figure><img src=\"/media/1/w320.jpg\" alt=\"a\"></figure>");
  }

  @Test
  void forgedEmbedsGo() {
    assertThat(clean("<figure class=\"embed\" data-provider=\"evil\" data-id=\"x\"></figure>"
        + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"javascript:alert(1)\"></figure>"
        + "<figure class=\"embed\" data-provider=\"youtube\" data-id='dQw4w9WgX\"Q'></figure><p>reste</p>"))
        .isEqualTo("<p>reste</p>");
    // A genuine one keeps its provider and id only: no frame, no script, no markup in its caption.
    assertThat(clean("<figure class=\"embed\" data-provider=\"x\" data-id=\"1745000000000000000\" onclick=\"x()\">"
        + "<iframe src=\"https://evil.example\"></iframe><script>alert(1)</script>"
        + "<figcaption><iframe src=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></iframe><b>Le</b> tweet</figcaption></figure>"))
        .isEqualTo("<figure class=\"embed\" data-provider=\"x\" data-id=\"1745000000000000000\">"
            + "<figcaption>Le tweet</figcaption></figure>");
  }

  @Test
  void framesAndAddressesOfKnownProvidersBecomeEmbedsOthersGo() {
    assertThat(clean("<p>Avant</p><iframe width=\"560\" src=\"https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0\"></iframe>"
        + "<p><iframe src=\"https://evil.example/frame\"></iframe>Après</p>"
        + "<p>https://x.com/hespress/status/1745000000000000000</p>"
        + "<p><a href=\"https://www.instagram.com/p/C1aBcDeFgHi/\">https://www.instagram.com/p/C1aBcDeFgHi/</a></p>"
        + "<p>Voir https://www.youtube.com/watch?v=dQw4w9WgXcQ dans le texte</p>"
        + "<p>https://example.org/seule</p>"))
        .isEqualTo("<p>Avant</p><figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
            + "<p>Après</p><figure class=\"embed\" data-provider=\"x\" data-id=\"1745000000000000000\"></figure>"
            + "<figure class=\"embed\" data-provider=\"instagram\" data-id=\"C1aBcDeFgHi\"></figure>"
            + "<p>Voir https://www.youtube.com/watch?v=dQw4w9WgXcQ dans le texte</p><p>https://example.org/seule</p>");
  }

  @Test
  void embedCodesAndWordPressEmbedBlocksBecomeEmbeds() {
    assertThat(clean("<blockquote class=\"twitter-tweet\"><p lang=\"fr\">Texte</p>&mdash; Hespress "
        + "<a href=\"https://twitter.com/hespress/status/1745000000000000000?ref_src=twsrc\">14 janvier 2024</a></blockquote>"
        + "<script async src=\"https://platform.twitter.com/widgets.js\"></script>"
        + "<figure class=\"wp-block-embed is-type-video\"><div class=\"wp-block-embed__wrapper\">\n"
        + "https://www.youtube.com/watch?v=dQw4w9WgXcQ\n</div><figcaption>Le clip</figcaption></figure>"))
        .isEqualTo("<figure class=\"embed\" data-provider=\"x\" data-id=\"1745000000000000000\"></figure>"
            + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"><figcaption>Le clip</figcaption></figure>");
  }

  @Test
  void readAlsoIsOneLinkToThisSite() {
    assertThat(clean("<aside class=\"lire-aussi\"><a href=\"https://evil.example/\">Ailleurs</a></aside>"
        + "<aside class=\"lire-aussi\"><a href=\"//evil.example/\">Ailleurs</a></aside>"
        + "<aside class=\"lire-aussi\"><a href=\"javascript:alert(1)\">Piège</a></aside>"
        + "<aside class=\"lire-aussi\" onclick=\"x\"><a href=\"/2021/01/10/a-8\" title=\"t\"><b>Un</b> titre</a> et plus</aside>"))
        .isEqualTo("<p><a href=\"https://evil.example/\" rel=\"noopener\">Ailleurs</a>"
            + "<a href=\"//evil.example/\" rel=\"noopener\">Ailleurs</a><a>Piège</a></p>"
            + "<aside class=\"lire-aussi\"><a href=\"/2021/01/10/a-8\">Un titre</a></aside>");
  }

  @Test
  void wordKeepsItsStructureAndLosesTheRest() throws IOException {
    String html = clean(resource("/paste/word.html"));
    assertThat(html)
        .contains("<h2>Le barrage Al Massira à 3 %</h2>")
        .contains("<p>Les retenues n’atteignent que <b>35,8 %</b> de leur capacité, selon <i>le ministère de l’Équipement</i>.</p>")
        .contains("<a href=\"https://www.equipement.gov.ma/barrages\" rel=\"noopener\">le tableau officiel</a>")
        .contains("<ul><li>Oum Er-Rbia</li><li>Sebou</li></ul>")
        .contains("<ol><li>Mesurer</li><li>Rationner</li></ol>")
        .contains("<table><tbody><tr><td><p><b>Barrage</b></p></td><td><p><b>Taux</b></p></td></tr>")
        .doesNotContain("Mso", "style", "class=", "o:p", "<span", "<!--", "mso-", "·", "font");
  }

  @Test
  void googleDocsKeepsItsStructureAndLosesTheRest() throws IOException {
    String html = clean(resource("/paste/gdocs.html"));
    assertThat(html)
        .startsWith("<h2>Des pluies attendues</h2>")
        .contains("<p>La météo annonce <b>des averses</b> dès <i>vendredi</i>, selon "
            + "<a href=\"https://www.marocmeteo.ma/\" rel=\"noopener\">la DGM</a>.</p>")
        .contains("<ul><li><p>Rabat</p></li><li><p>Fès</p></li></ul>")
        .contains("<td><p><b>Ville</b></p></td>")
        .doesNotContain("docs-internal", "style", "dir=", "<span", "colgroup", "<b><h2>");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = BodySchemaTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
