package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BodySanitizerLinksTest {

  final BodySanitizer sanitizer = new BodySanitizer();

  @Test
  void keepsTheSitesOwnRelativeLinksAndImages() {
    SanitizedBody body = sanitizer.sanitize("<p>Voir <a href=\"/maroc/un-article\">cet article</a>"
        + " et <a href=\"#note\">la note</a>.</p><img src=\"/media/photo.jpg\" alt=\"Photo\">");

    assertThat(body.html()).isEqualTo("<p>Voir <a href=\"/maroc/un-article\">cet article</a>"
        + " et <a href=\"#note\">la note</a>.</p><img src=\"/media/photo.jpg\" alt=\"Photo\">");
  }

  @Test
  void stillDropsScriptAddressesHoweverTheyAreWritten() {
    String html = sanitizer.sanitize("<p><a href=\" javascript:alert(1)\">a</a><a href=\"java&#x09;script:alert(2)\">b</a>"
        + "<a href=\"vbscript:x\">c</a><a href=\"data:text/html,<script>x</script>\">d</a>"
        + "<img src=\"data:image/svg+xml,<svg onload=alert(3)>\"><img src=\"javascript:alert(4)\"></p>").html();

    assertThat(html).isEqualTo("<p><a>a</a><a>b</a><a>c</a><a>d</a><img><img></p>");
  }

  @Test
  void leavesAbsoluteLinksAsWritten() {
    assertThat(sanitizer.sanitize("<p><a href=\"https://example.org/a?b=1&amp;c=2\">x</a></p>").html())
        .isEqualTo("<p><a href=\"https://example.org/a?b=1&amp;c=2\" rel=\"noopener\">x</a></p>");
  }
}
