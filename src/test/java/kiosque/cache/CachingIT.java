package kiosque.cache;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.content.TaxonomyStore;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.TestApp;
import kiosque.web.CacheKeys;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** HTTP validators and cache policies, and exact invalidation of the page cache when articles change. */
class CachingIT {

  static final String PAGE_POLICY = "public, max-age=60, stale-while-revalidate=600, stale-if-error=86400";
  static final String FEED_POLICY = "public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400";

  @TempDir
  static Path dir;
  static TestApp app;
  static long defence;
  static long football;
  static long moving;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    defence = app.publish(article().id("defence").title("Accord de défense").section("Maroc").topics("Défense")
        .bylines("I.L").publishedAt("2025-05-20T10:00:00Z"));
    football = app.publish(article().id("football").title("Finale de la coupe").section("Sport").topics("Football")
        .bylines("K.B").publishedAt("2025-05-21T10:00:00Z"));
    moving = app.publish(moving().section("Maroc"));
  }

  private static ArticleDrafts moving() {
    return article().id("moving").title("Un article qui change de rubrique").topics("Économie").bylines("S.M")
        .publishedAt("2025-05-22T10:00:00Z");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void readerPagesCarryValidatorsAndAnswer304ToConditionalRequests() {
    String path = app.pathOf(defence);
    HttpResponse<String> first = app.get(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

    assertThat(etag).matches("W/\"[0-9a-f]{24}\"");
    // The article is of 20 May; its related lists were computed when the test's clock says (1 June).
    assertThat(lastModified).isEqualTo("Sun, 01 Jun 2025 10:00:00 GMT");
    assertThat(first.headers().firstValue("Cache-Control")).hasValue(PAGE_POLICY);
    assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
    assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Encoding");

    HttpResponse<String> byEtag = app.get(path, Map.of("If-None-Match", etag));
    assertThat(byEtag.statusCode()).isEqualTo(304);
    assertThat(byEtag.body()).isEmpty();
    assertThat(byEtag.headers().firstValue("ETag")).hasValue(etag);
    assertThat(app.get(path, Map.of("If-None-Match", "\"autre\", " + etag)).statusCode()).isEqualTo(304);
    assertThat(app.get(path, Map.of("If-None-Match", "W/\"autre\"")).statusCode()).isEqualTo(200);
    assertThat(app.get(path, Map.of("If-Modified-Since", lastModified)).statusCode()).isEqualTo(304);
    assertThat(app.get(path, Map.of("If-Modified-Since", "Mon, 19 May 2025 10:00:00 GMT")).statusCode()).isEqualTo(200);
    assertThat(app.get(path, Map.of("If-Modified-Since", "hier")).statusCode()).isEqualTo(200);
  }

  @Test
  void feedsAndSitemapsCarryValidatorsAndTheFeedPolicy() {
    for (String path : List.of("/rss.xml", "/rubrique/maroc/atom.xml", "/sitemap.xml", "/sitemaps/articles-2025-05.xml",
        "/robots.txt")) {
      HttpResponse<String> response = app.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(200);
      assertThat(response.headers().firstValue("Cache-Control")).as(path).hasValue(FEED_POLICY);
      assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
      String etag = response.headers().firstValue("ETag").orElseThrow();
      assertThat(app.get(path, Map.of("If-None-Match", etag)).statusCode()).as(path).isEqualTo(304);
    }
  }

  @Test
  void fingerprintedAssetsAreKeptForAYearAndTheNewsroomNowhere() {
    String stylesheet = app.page("/").selectFirst("link[rel=stylesheet]").attr("href");

    assertThat(app.get(stylesheet).headers().firstValue("Cache-Control")).hasValue("public, max-age=31536000, immutable");
    assertThat(app.get("/redaction").headers().firstValue("Cache-Control")).hasValue("private, no-store");
    assertThat(app.get("/redaction/articles").headers().firstValue("Cache-Control")).hasValue("private, no-store");
  }

  @Test
  void surrogateKeysNameTheArticleItsListsAndWhatListingsShow() {
    TaxonomyStore taxonomy = app.wiring().taxonomyStore();
    long maroc = taxonomy.sectionBySlug("maroc").orElseThrow().id();
    long topic = taxonomy.topicBySlug("defense").orElseThrow().id();
    long author = taxonomy.authorBySlug("i-l").orElseThrow().id();

    assertThat(keys(app.pathOf(defence)))
        .isEqualTo("article-%d in-section-%d in-topic-%d by-author-%d".formatted(defence, maroc, topic, author));
    // The first page of home also answers to "home", which the editors' front-page choices purge alone.
    assertThat(keys("/").split(" ")).containsExactlyInAnyOrder("home", "latest");
    assertThat(keys("/rubrique/maroc")).isEqualTo("section-" + maroc);
    assertThat(keys("/rubrique/maroc/rss.xml")).isEqualTo("section-" + maroc);
    assertThat(keys("/sujet/defense")).isEqualTo("topic-" + topic);
    assertThat(keys("/auteur/i-l/atom.xml")).isEqualTo("author-" + author);
    assertThat(keys("/2025/05")).isEqualTo("month-2025-05");
    assertThat(keys("/2025")).isEqualTo("year-2025");
    assertThat(keys("/sitemaps/articles-2025-05.xml")).isEqualTo("month-2025-05");
    assertThat(keys("/a-propos")).isEqualTo("publisher");
  }

  @Test
  void publishingPurgesItsListsAndFeedsAndNothingElse() {
    List<String> affected = List.of("/", "/rubrique/maroc", "/sujet/defense", "/auteur/i-l", "/rss.xml", "/atom.xml",
        "/rubrique/maroc/rss.xml", "/sujet/defense/atom.xml", "/auteur/i-l/rss.xml", "/2025/05", "/2025",
        "/sitemap.xml", "/sitemaps/news.xml", "/sitemaps/articles-2025-05.xml");
    // The article page whose related lists now show the new article: the defence agreement's (under "Aller
    // plus loin"). Dissimilar articles pick it up at the background refresh of recommendations, not at once.
    List<String> showingIt = List.of(app.pathOf(defence));
    List<String> unrelated = List.of("/rubrique/sport", "/sujet/football",
        "/auteur/k-b", "/rubrique/sport/rss.xml", "/sujet/football/atom.xml", "/2025/04", "/a-propos",
        "/sitemaps/articles-2025-04.xml");
    app.publish(article().id("april").title("Archive d’avril").section("Sport").publishedAt("2025-04-02T10:00:00Z"));
    warm(affected);
    warm(showingIt);
    warm(unrelated);

    long fresh = app.publish(article().id("fresh").title("Nouvel accord « historique »").section("Maroc")
        .topics("Défense").bylines("I.L").publishedAt("2025-05-31T18:00:00Z"));

    assertThat(affected).allSatisfy(path -> assertThat(cacheStatus(path)).as(path).isEqualTo("miss"));
    assertThat(showingIt).allSatisfy(path -> assertThat(cacheStatus(path)).as(path).isEqualTo("miss"));
    assertThat(app.page(app.pathOf(defence)).select("section.go-further li h3").eachText())
        .contains("Nouvel accord « historique »");
    assertThat(unrelated).allSatisfy(path -> assertThat(cacheStatus(path)).as(path).isEqualTo("hit"));
    assertThat(cacheStatus(app.pathOf(fresh))).isEqualTo("miss");
    assertThat(app.page("/rubrique/maroc").select("li.teaser h2").eachText()).contains("Nouvel accord « historique »");
    assertThat(app.get("/sujet/defense/atom.xml").body()).contains("Nouvel accord « historique »");
  }

  @Test
  void anArticleThatMovesPurgesTheListsItLeftAndTheListsItJoined() {
    List<String> lists = List.of("/rubrique/maroc", "/rubrique/sport", "/rubrique/maroc/rss.xml", "/sujet/economie");
    warm(lists);
    warm(List.of(app.pathOf(moving), "/sujet/football"));

    app.publish(moving().section("Sport"));

    assertThat(lists).allSatisfy(path -> assertThat(cacheStatus(path)).as(path).isEqualTo("miss"));
    assertThat(cacheStatus("/sujet/football")).isEqualTo("hit");
    assertThat(app.page("/rubrique/maroc").text()).doesNotContain("Un article qui change de rubrique");
    assertThat(app.page("/rubrique/sport").text()).contains("Un article qui change de rubrique");
    // The dateline's first link is its date (to the day's archive, issue 14); the section's follows.
    assertThat(app.page(app.pathOf(moving)).selectFirst(".dateline a[href^=/rubrique/]").text()).isEqualTo("Sport");
  }

  @Test
  void withdrawingAnArticleRemovesItFromCachedPagesAtOnce() {
    long withdrawn = app.publish(article().id("withdrawn").title("Bientôt retiré").section("Maroc").topics("Défense")
        .publishedAt("2025-05-25T10:00:00Z"));
    String path = app.pathOf(withdrawn);
    warm(List.of(path, "/rubrique/maroc", "/sujet/defense/rss.xml"));

    app.publish(article().id("withdrawn").title("Bientôt retiré").section("Maroc").topics("Défense")
        .publishedAt("2025-05-25T10:00:00Z").status(ArticleStatus.UNPUBLISHED));

    assertThat(app.get(path).statusCode()).isEqualTo(410);
    assertThat(app.page("/rubrique/maroc").text()).doesNotContain("Bientôt retiré");
    assertThat(app.get("/sujet/defense/rss.xml").body()).doesNotContain("Bientôt retiré");
  }

  /**
   * A listed article's new headline is on the cached pages whose related lists show it: its
   * change purges them, whether or not their lists are written again.
   */
  @Test
  void aListedArticlesNewHeadlinePurgesThePagesThatListIt() {
    ArticleDrafts treaty = article().id("treaty").title("Défense : le Maroc signe un accord avec l'Espagne")
        .section("Maroc").topics("Défense").bylines("I.L").publishedAt("2025-05-24T10:00:00Z")
        .body("<p>Le Maroc et l'Espagne signent un accord de défense à Rabat.</p>");
    long listed = app.publish(treaty);
    String listing = app.pathOf(defence);
    warm(List.of(listing));
    assertThat(app.page(listing).select("section.related li h3").eachText())
        .as("the related lists of the cached page show it").contains("Défense : le Maroc signe un accord avec l'Espagne");
    assertThat(app.wiring().articleStore().listedBy(listed)).contains(defence);

    app.save(treaty.title("Défense : Rabat et Madrid signent un accord de coopération").build());

    assertThat(app.page(listing).select("section.related li h3").eachText())
        .contains("Défense : Rabat et Madrid signent un accord de coopération")
        .doesNotContain("Défense : le Maroc signe un accord avec l'Espagne");
  }

  @Test
  void aDraftPurgesNothingReadersSee() {
    warm(List.of("/", "/rubrique/maroc", "/rss.xml"));

    app.publish(article().id("draft").title("Brouillon").section("Maroc").status(ArticleStatus.DRAFT));

    assertThat(List.of("/", "/rubrique/maroc", "/rss.xml"))
        .allSatisfy(path -> assertThat(cacheStatus(path)).as(path).isEqualTo("hit"));
  }

  @Test
  void aNewSectionChangesTheNavigationOfEveryPage() {
    warm(List.of("/a-propos", app.pathOf(football)));

    app.publish(article().id("health").title("Campagne de vaccination").section("Santé").publishedAt("2025-05-23T10:00:00Z"));

    assertThat(cacheStatus("/a-propos")).isEqualTo("miss");
    assertThat(app.page(app.pathOf(football)).select("header nav a").eachText()).contains("Santé");
  }

  /**
   * Caches each page. A first view may itself change something (an article whose related lists were
   * not computed yet gets them in the request, and that change purges its page): the followers
   * apply it before the page is cached again for the test.
   */
  private static void warm(List<String> paths) {
    for (String path : paths) {
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
    }
    app.settle();
    for (String path : paths) {
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(200);
      assertThat(cacheStatus(path)).as("GET of " + path + " once cached").isEqualTo("hit");
    }
  }

  private static String cacheStatus(String path) {
    HttpResponse<String> response = app.get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return response.headers().firstValue("X-Cache").orElseThrow();
  }

  private static String keys(String path) {
    String header = app.get(path).headers().firstValue("Surrogate-Key").orElseThrow(() -> new AssertionError(path));
    assertThat(header).as("every response carries the key that purges everything").endsWith(" " + CacheKeys.ALL);
    return header.substring(0, header.length() - CacheKeys.ALL.length() - 1);
  }
}
