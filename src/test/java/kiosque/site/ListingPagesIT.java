package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ListingPagesIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static long legacy;

  @BeforeAll
  static void start() {
    // Page size 5 so that pagination shows with few articles.
    app = TestApp.start(dir, Map.of("KIOSQUE_PAGE_SIZE", "5"));
    for (int i = 1; i <= 12; i++) {
      app.publish(article().id("eco-" + i).title("Économie, note n° " + i).section("Économie")
          .topics("Inflation").bylines("K.B").publishedAt("2023-03-%02dT10:00:00Z".formatted(i)));
    }
    legacy = app.publish(article().id("old").title("L’été à Tanger").section("Culture").topics("Tanger")
        .bylines("Leïla Benjelloun").publishedAt("2022-07-31T23:30:00Z")
        .legacyPaths("/actualite/culture/4521-l-ete-a-tanger.html", "/index.php?p=4521"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void homeShowsTheLatestThenABlockPerSection() {
    Document home = app.page("/");

    assertThat(home.select("section.latest li h3").first().text()).isEqualTo("Économie, note n° 12");
    assertThat(home.select("section.section-block > h2").eachText()).containsExactlyInAnyOrder("Économie", "Culture");
    assertThat(home.select("nav[aria-label=Rubriques] a").eachAttr("href"))
        .contains("/rubrique/economie", "/rubrique/culture");
  }

  @Test
  void sectionPagesArePaginatedNewestFirst() {
    Document first = app.page("/rubrique/economie");
    Document third = app.page("/rubrique/economie?page=3");

    assertThat(first.selectFirst("h1").text()).isEqualTo("Économie");
    assertThat(first.select("li.teaser h2").eachText()).hasSize(5).first().isEqualTo("Économie, note n° 12");
    assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/rubrique/economie?page=2");
    assertThat(first.selectFirst("a[rel=prev]")).isNull();
    assertThat(first.selectFirst("link[rel=canonical]").attr("href")).endsWith("/rubrique/economie");
    assertThat(third.select("li.teaser h2").eachText()).containsExactly("Économie, note n° 2", "Économie, note n° 1");
    assertThat(third.selectFirst("a[rel=prev]").attr("href")).isEqualTo("/rubrique/economie?page=2");
    assertThat(third.title()).isEqualTo("Économie, page 3 - Kiosque");
  }

  @Test
  void pagesPastTheEndOrMalformedAreNotFound() {
    assertThat(app.get("/rubrique/economie?page=4").statusCode()).isEqualTo(404);
    assertThat(app.get("/rubrique/economie?page=0").statusCode()).isEqualTo(404);
    assertThat(app.get("/rubrique/economie?page=abc").statusCode()).isEqualTo(404);
  }

  @Test
  void topicAndAuthorPagesListTheirArticles() {
    assertThat(app.page("/sujet/inflation").select("li.teaser")).hasSize(5);
    Document author = app.page("/auteur/leila-benjelloun");
    assertThat(author.selectFirst("h1").text()).isEqualTo("Leïla Benjelloun");
    assertThat(author.select("li.teaser h2").eachText()).containsExactly("L’été à Tanger");
  }

  @Test
  void monthArchivesUseTheSiteTimeZone() {
    // Published 31 July 23:30 UTC, which is already 1 August 00:30 in Casablanca.
    assertThat(app.page("/2022/08/").select("li.teaser h2").eachText()).containsExactly("L’été à Tanger");
    assertThat(app.page("/2022/07/").select("li.teaser")).isEmpty();
    assertThat(app.page("/2022/08").selectFirst("h1").text()).isEqualTo("Archives : août 2022");
    assertThat(app.page("/2023/").select("li.teaser")).hasSize(5);
    assertThat(app.page("/2023/03/?page=3").select("li.teaser")).hasSize(2);
  }

  @Test
  void impossibleDatesAreNotFound() {
    assertThat(app.get("/2023/13/").statusCode()).isEqualTo(404);
    assertThat(app.get("/0999/").statusCode()).isEqualTo(404);
    assertThat(app.get("/20231/").statusCode()).isEqualTo(404);
  }

  @Test
  void legacyPathsAnswer301ToTheArticle() {
    String target = app.pathOf(legacy);

    var byPath = app.get("/actualite/culture/4521-l-ete-a-tanger.html");
    var byQuery = app.get("/index.php?p=4521");

    assertThat(byPath.statusCode()).isEqualTo(301);
    assertThat(byPath.headers().firstValue("Location")).hasValue(target);
    assertThat(byQuery.statusCode()).isEqualTo(301);
    assertThat(byQuery.headers().firstValue("Location")).hasValue(target);
    assertThat(target).isEqualTo("/2022/08/01/l-ete-a-tanger-" + legacy);
  }

  @Test
  void unknownAddressesGetAUsefulNotFoundPage() {
    var response = app.get("/cette/page/n-existe/pas");
    assertThat(response.statusCode()).isEqualTo(404);
    Document page = org.jsoup.Jsoup.parse(response.body());
    assertThat(page.selectFirst("h1").text()).isEqualTo("Page introuvable");
    assertThat(page.select(".error li a")).hasSize(5);
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).startsWith("noindex");
    assertThat(page.selectFirst("form[role=search]")).isNotNull();
    assertThat(app.get("/rubrique/inconnue").statusCode()).isEqualTo(404);
    assertThat(app.get("/sujet/inconnu").statusCode()).isEqualTo(404);
  }

  @Test
  void headAnswersLikeGetWithoutABody() {
    var get = app.get("/rubrique/economie");
    var head = app.head("/rubrique/economie");

    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(head.headers().firstValue("Content-Type")).isEqualTo(get.headers().firstValue("Content-Type"));
    assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
    assertThat(app.head("/cette/page/n-existe/pas").statusCode()).isEqualTo(404);
    assertThat(app.head("/actualite/culture/4521-l-ete-a-tanger.html").statusCode()).isEqualTo(301);
  }

  @Test
  void theStylesheetIsFingerprintedAndCachedForAYear() {
    String href = app.page("/").selectFirst("link[rel=stylesheet]").attr("href");
    var css = app.get(href);
    assertThat(css.statusCode()).isEqualTo(200);
    assertThat(css.headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(app.get("/assets/site.000000000000.css").statusCode()).isEqualTo(404);
  }
}
