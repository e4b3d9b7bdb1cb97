package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerTest {

  private final BodySanitizer sanitizer = new BodySanitizer();

  @Test
  void removesScriptsHandlersStylesAndJavascriptLinks() {
    SanitizedBody body = sanitizer.sanitize("""
        <p style="color:red" onclick="steal()">Texte <script>alert(1)</script>propre</p>
        <img src="https://example.org/a.jpg" onerror="alert(2)" alt="Une image">
        <a href="javascript:alert(3)">lien piégé</a> <a href="https://example.org/ok">bon lien</a>
        <iframe src="https://evil.example"></iframe><style>p{}</style>
        """);
    assertThat(body.html())
        .doesNotContain("script", "onclick", "onerror", "style", "javascript:", "iframe", "alert")
        .contains("<p>Texte propre</p>")
        .contains("<img src=\"https://example.org/a.jpg\" alt=\"Une image\">")
        .contains("<a href=\"https://example.org/ok\" rel=\"noopener\">bon lien</a>")
        .contains("<a>lien piégé</a>");
  }

  @Test
  void paragraphsDeepInUnclosedBoldRunsAreStoredAsTheNextSaveKeepsThem() {
    // Found by BodySanitizerPropertiesTest in CI (session 11): three passes were not enough.
    // The shrunk sample of seed 599938644262524004: unclosed bold runs and paragraphs, as pasted.
    String once = sanitizer.sanitize(
        "<b><p><p><p><p><hr><b><p><p><p><p><p><p><p><p><b></p><b><p><p><p><p><b></p><b><p><b>").html();

    assertThat(sanitizer.sanitize(once).html()).isEqualTo(once);
  }

  @Test
  void turnsPlainTextParagraphsIntoHtml() {
    SanitizedBody body = sanitizer.sanitize("Premier paragraphe, « cité ».\n\nSecond, avec <3 et un saut\nde ligne.");
    assertThat(body.html()).isEqualTo(
        "<p>Premier paragraphe, « cité ».</p><p>Second, avec &lt;3 et un saut<br>de ligne.</p>");
    assertThat(body.text()).isEqualTo("Premier paragraphe, « cité ».\n\nSecond, avec <3 et un saut de ligne.");
  }

  @Test
  void keepsEditorialMarkupAndDemotesH1() {
    SanitizedBody body = sanitizer.sanitize(
        "<h1>Intertitre</h1><p><strong>Gras</strong> et <em>italique</em></p><blockquote><p>Citation</p></blockquote>"
            + "<ul><li>Un</li><li>Deux</li></ul>");
    assertThat(body.html()).isEqualTo("<h2>Intertitre</h2><p><strong>Gras</strong> et <em>italique</em></p>"
        + "<blockquote><p>Citation</p></blockquote><ul><li>Un</li><li>Deux</li></ul>");
    assertThat(body.text()).isEqualTo("Intertitre\n\nGras et italique\n\nCitation\n\nUn\n\nDeux");
  }

  @Test
  void keepsAccentsAndTypographyAsCharacters() {
    SanitizedBody body = sanitizer.sanitize("<p>L’État a dit « non » — jusqu’à demain.</p>");
    assertThat(body.html()).isEqualTo("<p>L’État a dit « non » — jusqu’à demain.</p>");
  }

  @Test
  void anEmptyOrHostileOnlyBodyLeavesNothing() {
    assertThat(sanitizer.sanitize("<script>alert(1)</script>").text()).isEmpty();
    assertThat(sanitizer.sanitize(null).html()).isEmpty();
  }

  @Test
  void executableMarkupIsToldApartFromTextThatMerelyTalksAboutIt() {
    assertThat(BodySanitizer.hasExecutableMarkup("<p>Texte</p><script>alert(1)</script>")).isTrue();
    assertThat(BodySanitizer.hasExecutableMarkup("<p><img src=x onerror=alert(1)></p>")).isTrue();
    assertThat(BodySanitizer.hasExecutableMarkup("<p><a href=\" JaVaScRiPt:alert(1)\">lien</a></p>")).isTrue();
    assertThat(BodySanitizer.hasExecutableMarkup("<object data=x></object>")).isTrue();
    assertThat(BodySanitizer.hasExecutableMarkup("<p>Le mot javascript: et la balise &lt;script&gt; en texte.</p>")).isFalse();
    assertThat(BodySanitizer.hasExecutableMarkup("<p>Un <a href=\"https://www.example.ma/\">lien</a>.</p>"
        + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>")).isFalse();
    assertThat(BodySanitizer.hasExecutableMarkup("Texte brut sans balise")).isFalse();
  }

  @Test
  void severalFramesInOneParagraphBecomeSeveralEmbedsInTheirOrder() {
    // jqwik's shrunk sample: the paragraph replaced at the first frame took the second with it.
    String html = new BodySanitizer().sanitize("<p><object data=\"https://www.youtube.com/embed/dQw4w9WgXcQ\"></object>"
        + "<iframe src=\"https://www.dailymotion.com/embed/video/x7tgad0\"></iframe></p><p>Suite.</p>").html();
    assertThat(html).isEqualTo("<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\"></figure>"
        + "<figure class=\"embed\" data-provider=\"dailymotion\" data-id=\"x7tgad0\"></figure><p>Suite.</p>");
  }
}
