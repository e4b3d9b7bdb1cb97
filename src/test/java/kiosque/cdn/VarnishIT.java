package kiosque.cdn;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.zip.GZIPInputStream;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.Await;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Varnish (Debian's, with xkey) running the shipped {@code deploy/varnish/kiosque.vcl} in
 * front of two whole nodes on one PostgreSQL, the nodes purging it by key as in production: what
 * one node publishes, edits or unpublishes shows through Varnish within two seconds, and pages the
 * change does not touch stay in Varnish. Skipped, saying why, where varnishd or xkey is missing.
 */
class VarnishIT {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);
  private static final Duration SETTLED_WITHIN = Duration.ofSeconds(30);

  @TempDir
  Path dir;
  final List<TestApp> nodes = new ArrayList<>();
  LocalVarnish varnish;
  /** When the last save through {@link #saved} committed (System.nanoTime). */
  long committed;
  final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void twoNodesBehindVarnish() {
    Optional<String> missing = LocalVarnish.missing();
    assumeTrue(missing.isEmpty(), () -> "Varnish test skipped: " + missing.orElseThrow());
    int port = LocalVarnish.freePort();
    Map<String, String> env = new HashMap<>(TestDatabase.POSTGRESQL.env(dir.resolve("database")));
    env.put("KIOSQUE_CDN_VARNISH", "http://127.0.0.1:" + port + "/");
    env.put("KIOSQUE_CDN_RETRY_MAX", "1");
    // As docs/deployment.md advises for several nodes.
    env.put("KIOSQUE_CDN_PURGE_AGAIN", "1");
    nodes.add(TestApp.start(dir.resolve("a"), env, Clock.systemUTC()));
    nodes.add(TestApp.start(dir.resolve("b"), env, Clock.systemUTC()));
    varnish = LocalVarnish.start(port, nodes.stream().map(TestApp::port).toList());
  }

  @AfterEach
  void stop() {
    if (varnish != null) {
      varnish.close();
    }
    nodes.forEach(TestApp::close);
  }

  @Test
  void aPublishAnEditAndAnUnpublishOnOneNodeShowThroughVarnishWithinTwoSecondsAndOtherPagesStayCached() {
    TestApp a = nodes.get(0);
    TestApp b = nodes.get(1);
    a.publish(article().title("Le Raja remporte le derby").section("Sport").topics("Football")
        .bylines("K.B"));
    a.publish(article().title("Conseil de gouvernement").section("Maroc").topics("Politique")
        .bylines("I.L"));
    b.settle();
    purgesSent();

    String home = a.wiring().urls().home();
    String marocSection = a.wiring().urls().section("maroc");
    // Nothing the change below is in: another section, topic and author, and their feed.
    List<String> untouched = List.of(a.wiring().urls().section("sport"), a.wiring().urls().topic("football"),
        a.wiring().urls().author("k-b"), a.wiring().urls().feed(a.wiring().urls().topic("football"), "rss"));
    List<String> cached = new ArrayList<>(untouched);
    cached.addAll(List.of(home, marocSection));
    for (String path : cached) {
      assertThat(get(path).statusCode()).as(path).isEqualTo(200);
      assertThat(get(path).headers().firstValue("X-Varnish-Cache")).as(path + " from Varnish").contains("hit");
    }
    Map<String, String> firstFetch = new LinkedHashMap<>();
    untouched.forEach(path -> firstFetch.put(path, fetchId(get(path))));

    String title = "Séisme ressenti à Agadir";
    long id = saved(a, article().id("seisme").title(title).section("Maroc").topics("Séismes").bylines("I.L"));
    String path = a.pathOf(id);
    visibleWithinTwoSeconds("published: its page", () -> get(path), r -> r.statusCode() == 200);
    visibleWithinTwoSeconds("published: the home page", () -> get(home), r -> r.body().contains(title));
    visibleWithinTwoSeconds("published: its section", () -> get(marocSection),
        r -> r.body().contains(title));

    String edited = "Séisme de magnitude 5 ressenti à Agadir";
    saved(a, article().id("seisme").title(edited).section("Maroc").topics("Séismes").bylines("I.L"));
    visibleWithinTwoSeconds("edited: its page", () -> get(a.pathOf(id)),
        r -> r.statusCode() == 200 && r.body().contains(edited));
    visibleWithinTwoSeconds("edited: the home page", () -> get(home), r -> r.body().contains(edited));

    saved(a, article().id("seisme").title(edited).section("Maroc").topics("Séismes").bylines("I.L")
        .status(ArticleStatus.UNPUBLISHED));
    visibleWithinTwoSeconds("unpublished: its page", () -> get(path), r -> r.statusCode() / 100 == 4);
    visibleWithinTwoSeconds("unpublished: the home page", () -> get(home), r -> !r.body().contains(edited));
    visibleWithinTwoSeconds("unpublished: its section", () -> get(marocSection),
        r -> !r.body().contains(edited));

    purgesSent();
    for (String page : untouched) {
      HttpResponse<String> response = get(page);
      assertThat(response.headers().firstValue("X-Varnish-Cache")).as(page + " still in Varnish").contains("hit");
      assertThat(fetchId(response)).as(page + ": the copy fetched before the changes").isEqualTo(firstFetch.get(page));
      assertThat(Long.parseLong(response.headers().firstValue("Age").orElseThrow())).as(page + "'s Age")
          .isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void theNewsroomTheViewBeaconAndProbesAreNeverStoredAndReaderCookiesDoNotSplitTheCache() {
    TestApp a = nodes.get(0);
    long id = a.publish(article().title("Une page de lecteur").section("Maroc"));
    purgesSent();
    // A listing: an article page may still be purged by its related lists' first computation.
    String page = a.wiring().urls().section("maroc");
    get(page);

    HttpResponse<String> withCookie = get(page, Map.of("Cookie", "_ga=GA1.2.3; consent=1"));
    assertThat(withCookie.headers().firstValue("X-Varnish-Cache")).as("a reader's cookies").contains("hit");
    assertThat(withCookie.headers().firstValue("Surrogate-Key")).as("keys stay between Varnish and the nodes")
        .isEmpty();
    assertThat(withCookie.headers().firstValue("xkey")).isEmpty();
    for (String path : List.of("/redaction/connexion", "/v/" + id, "/ready")) {
      get(path);
      assertThat(get(path).headers().firstValue("X-Varnish-Cache")).as(path).contains("pass");
    }
    assertThat(get("/metrics").statusCode()).as("metrics are scraped on each node, not through the cache")
        .isEqualTo(404);
  }

  @Test
  void aClientWithoutGzipGetsAPlainCopyOfItsOwnAndAPurgeDropsBothCopies() throws IOException, InterruptedException {
    TestApp a = nodes.get(0);
    a.publish(article().title("Deux copies, une page").section("Maroc"));
    purgesSent();
    String page = a.wiring().urls().section("maroc");
    String key = "section-" + a.wiring().taxonomyStore().sectionBySlug("maroc").orElseThrow().id();
    String fromNode = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + a.port() + page)).build(),
        HttpResponse.BodyHandlers.ofString()).body();

    get(page);
    gzipped(page);
    HttpResponse<String> plain = get(page);
    HttpResponse<byte[]> gzip = gzipped(page);
    assertThat(plain.headers().firstValue("X-Varnish-Cache")).as("the plain copy").contains("hit");
    assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(gzip.headers().firstValue("X-Varnish-Cache")).as("the gzip copy").contains("hit");
    assertThat(gzip.headers().firstValue("Content-Encoding")).contains("gzip");
    assertThat(fetchId(plain)).as("two copies, each fetched once").isNotEqualTo(fetchId(gzip));
    String unzipped = new String(new GZIPInputStream(new ByteArrayInputStream(gzip.body()))
        .readAllBytes(), StandardCharsets.UTF_8);
    assertThat(plain.body()).as("the same page either way").isEqualTo(fromNode).isEqualTo(unzipped);

    assertThat(purgeFrom("127.0.0.1", key)).startsWith("HTTP/1.1 200");
    assertThat(get(page).headers().firstValue("X-Varnish-Cache")).as("plain copy purged").contains("miss");
    assertThat(gzipped(page).headers().firstValue("X-Varnish-Cache")).as("gzip copy purged").contains("miss");
  }

  private HttpResponse<byte[]> gzipped(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + varnish.port() + path))
        .header("Accept-Encoding", "gzip").build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void onlyTheNodesMayPurge() throws IOException {
    TestApp a = nodes.get(0);
    a.publish(article().title("À garder en cache").section("Maroc"));
    purgesSent();
    String page = a.wiring().urls().section("maroc");
    String key = "section-" + a.wiring().taxonomyStore().sectionBySlug("maroc").orElseThrow().id();
    get(page);
    assertThat(get(page).headers().firstValue("X-Varnish-Cache")).contains("hit");

    // From 127.0.0.2: a loopback address that is not in the purgers ACL.
    assertThat(purgeFrom("127.0.0.2", key)).startsWith("HTTP/1.1 403");
    assertThat(get(page).headers().firstValue("X-Varnish-Cache")).as("still cached").contains("hit");
    assertThat(purgeFrom("127.0.0.1", key)).startsWith("HTTP/1.1 200");
    assertThat(get(page).headers().firstValue("X-Varnish-Cache")).as("purged").contains("miss");
  }

  /**
   * Saved through node A's service, as the newsroom saves: the call returns at the commit, and the
   * nodes' followers (page caches, CDN purge) apply the change on their own threads, as in
   * production. The two seconds count from the commit (the save's own time is printed).
   */
  private long saved(TestApp node, ArticleDrafts draft) {
    long start = System.nanoTime();
    long id = node.wiring().articleService().save(draft.build()).articleId();
    committed = System.nanoTime();
    System.out.println("Saved on node A in " + Duration.ofNanos(committed - start).toMillis() + " ms");
    return id;
  }

  /** The CDN purge caught up: every change turned into keys, every key confirmed by Varnish, twice. */
  private void purgesSent() {
    List<CdnPurger> purgers = nodes.stream().map(n -> n.wiring().cdnPurger().orElseThrow()).toList();
    Await.until("every purge sent to Varnish", SETTLED_WITHIN, () -> purgers.stream().allMatch(
        p -> p.changesBehind() == 0 && p.keysToPurgeAgain() == 0 && p.pending().values().stream().allMatch(n -> n == 0)));
  }

  private void visibleWithinTwoSeconds(String what, Supplier<HttpResponse<String>> request,
      Predicate<HttpResponse<String>> seen) {
    Await.until(what + " through Varnish", SETTLED_WITHIN, () -> seen.test(request.get()));
    Duration after = Duration.ofNanos(System.nanoTime() - committed);
    System.out.println("Through Varnish, " + what + " after " + after.toMillis() + " ms");
    assertThat(after).as(what).isLessThan(VISIBLE_WITHIN);
  }

  /** The id of the request that fetched the object from a node: the second of a hit's {@code X-Varnish}. */
  private static String fetchId(HttpResponse<?> response) {
    String[] ids = response.headers().firstValue("X-Varnish").orElseThrow().split(" ");
    assertThat(ids).as("X-Varnish of a hit names this request and the one that fetched it").hasSize(2);
    return ids[1];
  }

  private HttpResponse<String> get(String path) {
    return get(path, Map.of());
  }

  private HttpResponse<String> get(String path, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + varnish.port() + path));
    headers.forEach(request::header);
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("GET " + path + " through Varnish failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A purge as the nodes send it, from a chosen local address; returns Varnish's status line. */
  private String purgeFrom(String localAddress, String keys) throws IOException {
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
      socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), varnish.port()), 5_000);
      socket.setSoTimeout(5_000);
      OutputStream out = socket.getOutputStream();
      out.write(("PURGE / HTTP/1.1\r\nHost: 127.0.0.1\r\nxkey-purge: " + keys + "\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      return answer.lines().findFirst().orElse("");
    }
  }
}
