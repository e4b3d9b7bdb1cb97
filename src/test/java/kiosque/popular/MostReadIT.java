package kiosque.popular;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.time.Clock;
import java.time.ZoneOffset;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.TestSettings;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The beacon over real HTTP, its views flushed to the database, and "Les plus lus" on the pages. */
class MostReadIT {

  private static final String BROWSER =
      "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
  private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";
  private static final Instant HOUR = Instant.parse("2025-06-01T10:00:00Z");

  @TempDir
  Path dir;

  private TestApp app;
  private ViewStore views;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start() {
    app = TestApp.start(dir);
    views = new ViewStore(app.wiring().database().jdbi(), app.wiring().database().isPostgres());
  }

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void aCleanStopWritesTheViewsNotYetFlushed() throws Exception {
    long id = app.publish(article());
    beacon("POST", "/v/" + id, BROWSER, "");
    beacon("POST", "/v/" + id, BROWSER, "");
    app.close();
    app = null;
    try (Wiring again = new Wiring(TestSettings.in(dir), Clock.fixed(TestApp.NOW, ZoneOffset.UTC))) {
      assertThat(new ViewStore(again.database().jdbi(), false).viewsSince(id, HOUR)).isEqualTo(2);
    }
  }

  @Test
  void readersBeaconsPutAnArticleInTheHomesBlockButBotsAndForgedIdsCountNothing() throws Exception {
    long read = app.publish(article().title("L’article le plus lu"));
    long crawled = app.publish(article().title("Lu par des robots seulement"));
    long draft = app.save(article().title("Brouillon").status(ArticleStatus.DRAFT).build()).articleId();
    // The home is not asked for before the views: a page the cache holds keeps its block until it expires.
    assertThat(app.page(app.pathOf(draft - 1)).select(".most-read")).as("no views yet: no empty block").isEmpty();

    for (int i = 0; i < 3; i++) {
      assertThat(beacon("POST", "/v/" + read, BROWSER, "").statusCode()).isEqualTo(204);
    }
    assertThat(beacon("GET", "/v/" + read, BROWSER, null).statusCode()).as("the noscript image").isEqualTo(204);
    assertThat(beacon("POST", "/v/" + crawled, GOOGLEBOT, "").statusCode()).isEqualTo(204);
    assertThat(beacon("POST", "/v/" + crawled, null, "").statusCode()).as("no agent").isEqualTo(204);
    assertThat(beacon("POST", "/v/" + draft, BROWSER, "").statusCode()).isEqualTo(204);
    assertThat(beacon("POST", "/v/987654321", BROWSER, "").statusCode()).isEqualTo(204);
    app.wiring().mostRead().flush();
    app.wiring().mostRead().refresh();

    assertThat(views.viewsSince(read, HOUR)).isEqualTo(4);
    assertThat(views.viewsSince(crawled, HOUR)).as("bots").isZero();
    assertThat(views.viewsSince(draft, HOUR)).as("not published").isZero();
    assertThat(views.viewsSince(987654321L, HOUR)).as("forged").isZero();
    Document home = app.page("/");
    assertThat(home.select(".most-read h2").text()).isEqualTo("Les plus lus");
    assertThat(home.select(".most-read ol").first().select("li a").eachText()).containsExactly("L’article le plus lu");
    assertThat(home.select(".most-read a").eachAttr("href")).allMatch(href -> href.equals(app.pathOf(read)));
  }

  @Test
  void badBeaconsAnswer204AndCountNothing() throws Exception {
    long id = app.publish(article());
    String huge = "x".repeat(2_000_000);
    for (String path : new String[] {"/v/", "/v/abc", "/v/-5", "/v/12345678901234567890123", "/v/" + id + "/x"}) {
      assertThat(beacon("POST", path, BROWSER, "").statusCode()).as(path).isEqualTo(204);
    }
    assertThat(beacon("PUT", "/v/" + id, BROWSER, "{not json").statusCode()).isEqualTo(204);
    assertThat(beacon("DELETE", "/v/" + id, BROWSER, null).statusCode()).isEqualTo(204);
    // The body is never read: the server answers 204 at once and may close the connection while a
    // client still sends 2 MB, which that client sees as a broken pipe. Either way nothing errors.
    try {
      HttpResponse<String> big = beacon("POST", "/v/" + id, BROWSER, huge);
      assertThat(big.statusCode()).isEqualTo(204);
    } catch (java.io.IOException closedWhileSending) {
      // the answer came before the body was sent
    }
    assertThat(beacon("POST", "/v/" + id, BROWSER, "").headers().firstValue("Cache-Control")).contains("no-store");
    app.wiring().mostRead().flush();
    // PUT, DELETE and the last POST name a published article: a view each, as a beacon would (the
    // method and body are never read); the huge POST counts too; the malformed paths count nothing.
    assertThat(views.viewsSince(id, HOUR)).isEqualTo(4);
  }

  @Test
  void oneAddressAddsAtMostItsShareInAMinute() throws Exception {
    // The default share (kiosque.most-read.per-address): the clock is fixed, so all of it falls in one minute.
    long id = app.publish(article());
    for (int i = 0; i < 120 + 50; i++) {
      beacon("POST", "/v/" + id, BROWSER, "");
    }
    app.wiring().mostRead().flush();
    assertThat(views.viewsSince(id, HOUR)).isEqualTo(120);
  }

  @Test
  void theArticlePageCarriesItsBeaconAndTheScriptIsServed() throws Exception {
    long id = app.publish(article().title("Un article lu"));
    Document page = app.page(app.pathOf(id));
    assertThat(page.select("script[data-beacon]").attr("data-beacon")).isEqualTo("/v/" + id);
    assertThat(page.select("script[data-beacon]").attr("src")).isEqualTo("/v.js");
    assertThat(page.select("noscript").html()).contains("/v/" + id);
    HttpResponse<String> script = app.get("/v.js");
    assertThat(script.statusCode()).isEqualTo(200);
    assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/javascript"));
    assertThat(script.body()).contains("sendBeacon");
  }

  private HttpResponse<String> beacon(String method, String path, String agent, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (agent != null) {
      request.header("User-Agent", agent);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
