package kiosque.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shortcuts feeds take on bodies: no tree when every link is absolute, no copy when the text is clean. */
class FeedBodiesTest {

  @Test
  void aBodyNeedsRewritingOnlyWhenAnHrefOrSrcIsRelative() {
    assertThat(FeedService.hasRelativeLinks("<p>Sans lien.</p>")).isFalse();
    assertThat(FeedService.hasRelativeLinks("<p><a href=\"https://a.ma/x\">a</a> <img src=\"http://b.ma/y.jpg\"></p>"))
        .isFalse();
    assertThat(FeedService.hasRelativeLinks("<p><a href=\"https://a.ma/x\">a</a> <a href=\"/rubrique/maroc\">b</a></p>"))
        .isTrue();
    assertThat(FeedService.hasRelativeLinks("<p><img src=\"media/1.jpg\"></p>")).isTrue();
    assertThat(FeedService.hasRelativeLinks("<p><a href=\"mailto:redaction@a.ma\">écrire</a></p>")).isTrue();
  }

  @Test
  void cleanTextIsReturnedAsItIsAndControlCharactersAreRemoved() {
    String clean = "Texte « propre », l’été 🌍\ttabulé\n";
    String french = "Texte « propre », l’été\ttabulé\n";
    assertThat(Xml.clean(french)).isSameAs(french);
    assertThat(Xml.clean(clean)).isEqualTo(clean);
    assertThat(Xml.clean("Texte\u000Bavec\u0000contrôle")).isEqualTo("Texteaveccontrôle");
    assertThat(Xml.clean("seul \uD83C demi")).isEqualTo("seul  demi");
    assertThat(Xml.clean(null)).isEmpty();
  }
}
