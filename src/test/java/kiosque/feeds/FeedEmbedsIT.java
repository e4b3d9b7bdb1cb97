package kiosque.feeds;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndEntry;
import java.nio.file.Path;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A body's embeds reach feed readers as links to the original, never as empty figures. */
class FeedEmbedsIT {

  static final String SITE = "http://localhost:8080";
  static final String BODY = "<p>Avant les contenus.</p>"
      + "<figure class=\"embed\" data-provider=\"youtube\" data-id=\"dQw4w9WgXcQ\">"
      + "<figcaption>Le discours du ministre. Vidéo : MAP</figcaption></figure>"
      + "<figure class=\"embed\" data-provider=\"x\" data-id=\"1234567890123\"></figure>"
      + "<figure class=\"embed\" data-provider=\"instagram\" data-id=\"CxYz12345\"></figure>"
      + "<figure class=\"embed\" data-provider=\"spotify\" data-id=\"episode/0123456789abcdefABCDEF\"></figure>"
      + "<figure data-media=\"7\"><img src=\"/media/7/photo.jpg\" alt=\"Le port\" width=\"1200\" height=\"800\">"
      + "<figcaption>Le port de Tanger. <small class=\"credit\">Photo : AFP</small></figcaption></figure>"
      + "<p>Après les contenus.</p>";

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    app.publish(article().id("embeds").title("Contenus intégrés").section("Culture").topics("Intégrations")
        .body(BODY).publishedAt("2025-05-31T18:30:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void rssGivesALinkToEachOriginalWithItsCaption() {
    assertReadable(Feeds.entryTitled(Feeds.parse(app.get("/sujet/integrations/rss.xml")), "Contenus intégrés"));
  }

  @Test
  void atomGivesTheSame() {
    assertReadable(Feeds.entryTitled(Feeds.parse(app.get("/sujet/integrations/atom.xml")), "Contenus intégrés"));
  }

  private static void assertReadable(SyndEntry entry) {
    String html = entry.getContents().get(0).getValue();
    Document body = Jsoup.parseBodyFragment(html);

    assertThat(body.select("figure")).as(html).hasSize(5).allSatisfy(figure ->
        assertThat(figure.text()).as("no empty figure in " + html).isNotBlank());
    assertThat(link(body, "https://www.youtube.com/watch?v=dQw4w9WgXcQ")).isEqualTo("Voir la vidéo sur YouTube");
    assertThat(body.selectFirst("a[href=\"https://www.youtube.com/watch?v=dQw4w9WgXcQ\"]").closest("figure")
        .selectFirst("figcaption").text()).isEqualTo("Le discours du ministre. Vidéo : MAP");
    assertThat(link(body, "https://x.com/i/status/1234567890123")).isEqualTo("Voir la publication sur X (Twitter)");
    assertThat(link(body, "https://www.instagram.com/p/CxYz12345/")).isEqualTo("Voir la publication sur Instagram");
    assertThat(link(body, "https://open.spotify.com/episode/0123456789abcdefABCDEF")).isEqualTo("Écouter sur Spotify");
    assertThat(body.select("figure[data-provider], figure[data-id], figure.embed")).as("the site's markers").isEmpty();
    assertThat(body.selectFirst("img").attr("src")).isEqualTo(SITE + "/media/7/photo.jpg");
    assertThat(body.selectFirst("img").closest("figure").text()).isEqualTo("Le port de Tanger. Photo : AFP");
    assertThat(body.text()).startsWith("Avant les contenus.").endsWith("Après les contenus.");
  }

  private static String link(Document body, String href) {
    Element link = body.selectFirst("a[href=\"" + href + "\"]");
    assertThat(link).as("a link to " + href + " in " + body.html()).isNotNull();
    return link.text();
  }
}
