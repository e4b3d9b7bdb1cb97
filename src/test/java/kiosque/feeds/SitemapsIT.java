package kiosque.feeds;

import static kiosque.feeds.SitemapSchemas.NEWS;
import static kiosque.feeds.SitemapSchemas.SITEMAP;
import static kiosque.feeds.SitemapSchemas.sibling;
import static kiosque.feeds.SitemapSchemas.texts;
import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The clock stands at 2025-06-01T10:00Z (11:00 in Casablanca): the news window opens at 2025-05-30T10:00Z. */
class SitemapsIT {

  static final String SITE = "http://localhost:8080";
  static final String URGENT = "Dernière heure & « urgence » <à suivre> 🚨";

  @TempDir
  static Path dir;
  static TestApp app;
  static long lastHour;
  static long edited;
  static long tooOld;
  static long scheduled;
  static long newYearsEve;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of("KIOSQUE_NEWS_LANGUAGE", "fr"));
    lastHour = app.publish(article().id("hour").title(URGENT).section("Maroc").topics("Séisme").bylines("I.L")
        .publishedAt("2025-06-01T09:00:00Z"));
    edited = app.publish(article().id("edited").title("Il y a 47 heures").section("Monde")
        .publishedAt("2025-05-30T11:00:00Z"));
    // Corrected since: the Google News date stays the first publication.
    app.publish(article().id("edited").title("Il y a 47 heures, corrigé").section("Monde")
        .publishedAt("2025-05-30T11:00:00Z"));
    tooOld = app.publish(article().id("old").title("Il y a 49 heures").section("Monde")
        .publishedAt("2025-05-30T09:00:00Z"));
    scheduled = app.publish(article().id("later").title("Dans deux heures").section("Monde")
        .publishedAt("2025-06-01T12:00:00Z"));
    app.publish(article().id("draft").title("Brouillon récent").section("Monde").status(ArticleStatus.DRAFT)
        .publishedAt("2025-06-01T08:00:00Z"));
    app.publish(article().id("march").title("Printemps").section("Culture").bylines("K.B")
        .publishedAt("2025-03-10T10:00:00Z"));
    // 23:30 UTC on 31 December is 00:30 on 1 January in Casablanca: a January article.
    newYearsEve = app.publish(article().id("eve").title("Réveillon").section("Culture")
        .publishedAt("2024-12-31T23:30:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void newsSitemapListsOnlyArticlesFirstPublishedInTheLast48Hours() {
    var response = app.get("/sitemaps/news.xml");
    Document news = SitemapSchemas.validUrlset(response.body());

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml; charset=utf-8");
    assertThat(texts(news, SITEMAP, "loc")).containsExactly(SITE + app.pathOf(lastHour), SITE + app.pathOf(edited));
    assertThat(texts(news, NEWS, "name")).containsOnly("Kiosque");
    assertThat(texts(news, NEWS, "language")).containsOnly("fr");
    assertThat(texts(news, NEWS, "title")).containsExactly(URGENT, "Il y a 47 heures, corrigé");
    assertThat(texts(news, NEWS, "publication_date"))
        .containsExactly("2025-06-01T10:00:00+01:00", "2025-05-30T12:00:00+01:00");
  }

  @Test
  void theIndexListsEverySitemapWithItsLastModification() {
    Document index = SitemapSchemas.validIndex(app.get("/sitemap.xml").body());

    assertThat(texts(index, SITEMAP, "loc")).containsExactly(
        SITE + "/sitemaps/news.xml",
        SITE + "/sitemaps/articles-2025-06.xml",
        SITE + "/sitemaps/articles-2025-05.xml",
        SITE + "/sitemaps/articles-2025-03.xml",
        SITE + "/sitemaps/articles-2025-01.xml",
        SITE + "/sitemaps/rubriques.xml",
        SITE + "/sitemaps/sujets.xml",
        SITE + "/sitemaps/auteurs.xml");
    // May's newest change is the correction, made "now" by the clock.
    assertThat(sibling(index, SITE + "/sitemaps/articles-2025-05.xml", SITEMAP, "lastmod"))
        .isEqualTo("2025-06-01T11:00:00+01:00");
    // Morocco sets its clocks back to UTC during Ramadan (March 2025): the offset follows the zone's rules.
    assertThat(sibling(index, SITE + "/sitemaps/articles-2025-03.xml", SITEMAP, "lastmod"))
        .isEqualTo("2025-03-10T10:00:00Z");
  }

  @Test
  void everySitemapOfTheIndexAnswersAndIsValid() {
    Document index = SitemapSchemas.validIndex(app.get("/sitemap.xml").body());
    for (String loc : texts(index, SITEMAP, "loc")) {
      var response = app.get(loc.substring(SITE.length()));
      assertThat(response.statusCode()).as(loc).isEqualTo(200);
      SitemapSchemas.validUrlset(response.body());
    }
  }

  @Test
  void monthlySitemapsFollowTheSiteTimeZoneAndCarryEachLastUpdate() {
    Document january = SitemapSchemas.validUrlset(app.get("/sitemaps/articles-2025-01.xml").body());
    Document may = SitemapSchemas.validUrlset(app.get("/sitemaps/articles-2025-05.xml").body());

    assertThat(texts(january, SITEMAP, "loc")).containsExactly(SITE + app.pathOf(newYearsEve));
    assertThat(texts(may, SITEMAP, "loc")).containsExactly(SITE + app.pathOf(tooOld), SITE + app.pathOf(edited));
    assertThat(sibling(may, SITE + app.pathOf(edited), SITEMAP, "lastmod")).isEqualTo("2025-06-01T11:00:00+01:00");
    assertThat(sibling(may, SITE + app.pathOf(tooOld), SITEMAP, "lastmod")).isEqualTo("2025-05-30T10:00:00+01:00");
    assertThat(app.get("/sitemaps/articles-2024-12.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/articles-2025-13.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/inconnu.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void sectionTopicAndAuthorSitemapsListPagesWithArticles() {
    Document sections = SitemapSchemas.validUrlset(app.get("/sitemaps/rubriques.xml").body());
    Document topics = SitemapSchemas.validUrlset(app.get("/sitemaps/sujets.xml").body());
    Document authors = SitemapSchemas.validUrlset(app.get("/sitemaps/auteurs.xml").body());

    assertThat(texts(sections, SITEMAP, "loc")).containsExactlyInAnyOrder(SITE + "/", SITE + "/rubrique/maroc",
        SITE + "/rubrique/monde", SITE + "/rubrique/culture");
    assertThat(texts(topics, SITEMAP, "loc")).containsExactly(SITE + "/sujet/seisme");
    assertThat(texts(authors, SITEMAP, "loc")).containsExactlyInAnyOrder(SITE + "/auteur/i-l", SITE + "/auteur/k-b");
    assertThat(sibling(topics, SITE + "/sujet/seisme", SITEMAP, "lastmod")).isEqualTo("2025-06-01T10:00:00+01:00");
  }

  @Test
  void robotsTxtPointsToTheSitemapsAndKeepsCrawlersOutOfTheNewsroom() {
    var robots = app.get("/robots.txt");

    // Jetty writes its well-known text/plain type without the space.
    assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).matches("text/plain; ?charset=utf-8");
    assertThat(robots.body().lines()).contains("User-agent: *", "Disallow: /redaction",
        "Sitemap: " + SITE + "/sitemap.xml", "Sitemap: " + SITE + "/sitemaps/news.xml");
  }
}
