package kiosque.testsupport;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import kiosque.Wiring;
import kiosque.content.ArticleDraft;
import kiosque.content.SaveOutcome;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The whole application on a random port with a fresh data directory, for {@code *IT} tests:
 * content goes in through the real service, pages come out over real HTTP.
 */
public final class TestApp implements AutoCloseable {

  public static final Instant NOW = Instant.parse("2025-06-01T10:00:00Z");

  private final Wiring wiring;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private TestApp(Wiring wiring) {
    this.wiring = wiring;
    this.port = wiring.startWeb(0).port();
    // A new data directory starts with a search index build; related lists wait for it.
    if (!SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding())) {
      throw new IllegalStateException("the search index was still building after 30 s");
    }
  }

  public static TestApp start(Path dataDir) {
    return start(dataDir, Map.of());
  }

  public static TestApp start(Path dataDir, Map<String, String> env) {
    return start(dataDir, env, Clock.fixed(NOW, ZoneOffset.UTC));
  }

  /** With a clock the test controls (a {@link MutableClock} for schedules). */
  public static TestApp start(Path dataDir, Map<String, String> env, Clock clock) {
    return new TestApp(new Wiring(TestSettings.in(dataDir, env), clock));
  }

  public int port() {
    return port;
  }

  /** Creates a newsroom account whose password is {@link NewsroomClient#PASSWORD}. */
  public Account account(Role role, String email) {
    return wiring.accountService().create(Actor.operator("test"), email, null, role,
        NewsroomClient.PASSWORD.toCharArray());
  }

  /** A client logged in as a new account with this role. */
  public NewsroomClient loggedIn(Role role, String email) {
    account(role, email);
    return anonymous().login(email);
  }

  public NewsroomClient anonymous() {
    return new NewsroomClient(port, this::settle);
  }

  public Wiring wiring() {
    return wiring;
  }

  /** Saves through the real service, then lets this node's followers (caches, indexes, related lists) apply the change. */
  public SaveOutcome save(ArticleDraft draft) {
    SaveOutcome outcome = wiring.articleService().save(draft);
    settle();
    return outcome;
  }

  /**
   * Lets this node's followers (page cache, search index, related lists) apply every change made
   * so far, as they do within a second in production, and finishes the background refresh of the
   * articles that should now list a changed one.
   */
  public void settle() {
    wiring.changeFeed().catchUp();
    wiring.relatedService().drainRefreshQueue();
  }

  public long publish(ArticleDrafts draft) {
    return save(draft.build()).articleId();
  }

  public HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  /** A GET with request headers (conditional requests: If-None-Match, If-Modified-Since). */
  public HttpResponse<String> get(String path, Map<String, String> headers) {
    return send("GET", path, headers);
  }

  /** A HEAD request, as crawlers and CDNs send them. */
  public HttpResponse<String> head(String path) {
    return send("HEAD", path, Map.of());
  }

  private HttpResponse<String> send(String method, String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .method(method, HttpRequest.BodyPublishers.noBody());
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(method + " " + path + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a page that must answer 200 and parses it. */
  public Document page(String path) {
    HttpResponse<String> response = get(path);
    if (response.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + response.statusCode() + ", expected 200");
    }
    return Jsoup.parse(response.body(), "http://localhost:" + port + path);
  }

  /** The site path of an article, as readers are sent to it. */
  public String pathOf(long articleId) {
    return wiring.urls().article(wiring.articleStore().findById(articleId).orElseThrow());
  }

  @Override
  public void close() {
    wiring.close();
  }
}
