package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.testsupport.Images;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings show each article's lead image with its renditions, and today's articles their hour. */
class TeaserImagesIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static Media media;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    // The test clock says 2025-06-01T10:00Z: 11h00 in Casablanca (UTC+1 outside Ramadan).
    long pictured = app.publish(article().id("today").title("Le port de Tanger Med bat son record").section("Économie")
        .publishedAt("2025-06-01T08:20:00Z"));
    app.publish(article().id("older").title("Sans photo, mais pas sans intérêt").section("Économie")
        .publishedAt("2025-05-30T16:05:00Z"));
    media = app.wiring().mediaService().importImage(Actor.operator("test"), "port.jpg",
        new ByteArrayInputStream(Images.jpeg(1600, 900)), "Des grues au-dessus des conteneurs", "Agence");
    app.wiring().articleService().setLeadImageIfNone(pictured, media.id());
    long olderPictured = app.publish(article().id("casablanca").title("Le port de Casablanca s'agrandit")
        .section("Économie").publishedAt("2025-05-29T09:00:00Z"));
    app.wiring().articleService().setLeadImageIfNone(olderPictured, media.id());
    app.settle();
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void theSectionPageShowsTheLeadImageWithItsRenditionsAndReservedSize() {
    Element img = teaser(app.page("/rubrique/economie"), "Le port de Tanger Med bat son record").selectFirst("img");

    assertThat(img).isNotNull();
    assertThat(img.attr("src")).isEqualTo("/media/" + media.id() + "/w320.jpg");
    assertThat(img.attr("srcset")).isEqualTo("/media/%1$d/w320.jpg 320w, /media/%1$d/w640.jpg 640w, /media/%1$d/w1200.jpg 1200w"
        .formatted(media.id()));
    assertThat(img.attr("sizes")).isNotBlank();
    assertThat(img.attr("width")).isEqualTo("320");
    assertThat(img.attr("height")).isEqualTo("180");
    assertThat(img.attr("alt")).isEqualTo("Des grues au-dessus des conteneurs");
    assertThat(app.get(img.attr("src")).statusCode()).isEqualTo(200);
  }

  @Test
  void anArticleWithoutImageIsATextOnlyTeaserWithNoImageElement() {
    Element teaser = teaser(app.page("/rubrique/economie"), "Sans photo, mais pas sans intérêt");

    assertThat(teaser.select("img")).isEmpty();
    assertThat(teaser.hasClass("text-only")).isTrue();
  }

  @Test
  void theHomePageShowsImagesEagerAtTheTopAndTodaysHour() {
    Document home = app.page("/");
    Element today = teaser(home, "Le port de Tanger Med bat son record");
    Element older = teaser(home, "Sans photo, mais pas sans intérêt");

    assertThat(today.selectFirst("img").attr("loading")).isEqualTo("eager");
    assertThat(older.select("img")).isEmpty();
    assertThat(today.selectFirst("time").text()).isEqualTo("09h20");
    assertThat(older.selectFirst("time").text()).isEqualTo("30 mai 2025");
  }

  @Test
  void searchResultsShowTheSameLeadImageAndATextOnlyResultWithout() {
    Document results = app.page("/recherche?q=paragraphe");
    Element pictured = teaser(results, "Le port de Tanger Med bat son record");
    Element plain = teaser(results, "Sans photo, mais pas sans intérêt");

    Element img = pictured.selectFirst("img");
    assertThat(img).isNotNull();
    assertThat(pictured.hasClass("with-image")).isTrue();
    assertThat(img.attr("srcset")).isEqualTo("/media/%1$d/w320.jpg 320w, /media/%1$d/w640.jpg 640w, /media/%1$d/w1200.jpg 1200w"
        .formatted(media.id()));
    assertThat(img.attr("sizes")).isNotBlank();
    assertThat(img.attr("width")).isEqualTo("320");
    assertThat(img.attr("height")).isEqualTo("180");
    assertThat(img.attr("alt")).isEqualTo("Des grues au-dessus des conteneurs");
    assertThat(plain.select("img")).isEmpty();
    assertThat(plain.hasClass("text-only")).isTrue();
  }

  @Test
  void searchResultsLoadTheFirstImageAtOnceAndTheOthersLazily() {
    Document byDate = app.page("/recherche?q=port&tri=date");

    assertThat(byDate.select("li.teaser h2").eachText())
        .containsExactly("Le port de Tanger Med bat son record", "Le port de Casablanca s'agrandit");
    assertThat(byDate.select("li.teaser img").eachAttr("loading")).containsExactly("eager", "lazy");
  }

  private static Element teaser(Document page, String title) {
    return page.select("li.teaser").stream().filter(li -> li.selectFirst("h2, h3").text().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("no teaser titled " + title + " in " + page.location()));
  }
}
