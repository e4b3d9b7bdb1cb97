package kiosque.cdn;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.TaxonomyStore;
import kiosque.testsupport.Await;
import kiosque.testsupport.FakeCdn;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole application purging a real HTTP server that stands in for Varnish (xkey) and for Fastly's API. */
class CdnPurgeIT {

  private static final Duration ARRIVES_WITHIN = Duration.ofSeconds(15);

  @TempDir
  Path dir;
  FakeCdn varnish;
  final List<TestApp> nodes = new java.util.ArrayList<>();

  @BeforeEach
  void startVarnish() {
    varnish = FakeCdn.start();
  }

  @AfterEach
  void stop() {
    nodes.forEach(TestApp::close);
    varnish.close();
  }

  private Map<String, String> cdn(Map<String, String> more) {
    Map<String, String> env = new HashMap<>(more);
    env.put("KIOSQUE_CDN_VARNISH", varnish.address());
    env.put("KIOSQUE_CDN_RETRY_MAX", "1");
    return env;
  }

  private TestApp node(String name, Map<String, String> env) {
    TestApp node = TestApp.start(dir.resolve(name), env, Clock.systemUTC());
    nodes.add(node);
    return node;
  }

  private void arrives(String key) {
    Await.until(key + " purged on the CDN", ARRIVES_WITHIN, () -> varnish.keys().contains(key));
  }

  @Test
  void aSavePurgesTheArticleItsListingsAndTheListingsItLeft() {
    TestApp app = node("a", cdn(Map.of()));
    long warmUp = app.publish(article().section("Sport").topics("Football").bylines("K.B"));
    long warmUp2 = app.publish(article().section("Maroc").topics("Défense").bylines("I.L"));
    arrives("article-" + warmUp);
    arrives("article-" + warmUp2);
    TaxonomyStore taxonomy = app.wiring().taxonomyStore();
    long maroc = taxonomy.sectionBySlug("maroc").orElseThrow().id();
    long sport = taxonomy.sectionBySlug("sport").orElseThrow().id();
    long defence = taxonomy.topicBySlug("defense").orElseThrow().id();
    long football = taxonomy.topicBySlug("football").orElseThrow().id();
    long author = taxonomy.authorBySlug("i-l").orElseThrow().id();
    assertThat(varnish.keys()).as("new sections change every page's navigation").contains("all");
    int before = varnish.purges().size();

    long id = app.publish(article().id("accord").title("Accord de défense").section("Maroc").topics("Défense")
        .bylines("I.L").publishedAt("2025-05-20T10:00:00Z"));
    arrives("article-" + id);
    List<String> sent = keysSince(before);
    assertThat(sent).contains("article-" + id, "latest", "section-" + maroc, "topic-" + defence, "author-" + author,
        "month-2025-05", "year-2025");
    assertThat(sent).as("nothing the article is not in").doesNotContain("section-" + sport, "topic-" + football, "all");
    assertThat(varnish.purges()).allSatisfy(p -> assertThat(p.method()).isEqualTo("PURGE"));

    int beforeMove = varnish.purges().size();
    app.save(article().id("accord").title("Accord de défense").section("Sport").topics("Football").bylines("I.L")
        .publishedAt("2025-05-20T10:00:00Z").build());
    Await.until("the move purged", ARRIVES_WITHIN, () -> keysSince(beforeMove).contains("section-" + sport));
    List<String> moved = keysSince(beforeMove);
    assertThat(moved).as("the section and topic it left, and those it joined")
        .contains("article-" + id, "section-" + maroc, "topic-" + defence, "section-" + sport, "topic-" + football);
  }

  @Test
  void relatedListsRewrittenPurgeTheArticlePageOnTheCdn() {
    TestApp app = node("a", cdn(Map.of()));
    long first = app.publish(article().title("Le port de Tanger Med bat un record de conteneurs")
        .body("<p>Le port de Tanger Med a traité un nombre record de conteneurs cette année.</p>").section("Maroc")
        .topics("Ports"));
    arrives("article-" + first);
    int before = varnish.purges().size();

    long second = app.publish(article().title("Tanger Med : nouveau record de conteneurs au port")
        .body("<p>Le port de Tanger Med annonce encore un record de conteneurs traités.</p>").section("Maroc")
        .topics("Ports"));
    arrives("article-" + second);
    Await.until("the first article's page purged: its lists now show the second", ARRIVES_WITHIN,
        () -> keysSince(before).contains("article-" + first));
    assertThat(app.wiring().changeLog().after(0, 1000)).as("through the change log")
        .anyMatch(c -> c.articleId() == first && c.kind() == kiosque.changes.ChangeKind.RELATED);
  }

  @Test
  void purgesWaitInTheDatabaseWhileTheCdnIsDownAndArriveWhenItIsBack() {
    TestApp app = node("a", cdn(Map.of()));
    app.publish(article().section("Maroc"));
    varnish.down(true);

    long id = app.publish(article().title("Publié pendant la panne").section("Maroc"));
    Await.until("the purge was tried and refused twice", ARRIVES_WITHIN, () -> varnish.refused() >= 2);
    assertThat(varnish.keys()).doesNotContain("article-" + id);
    assertThat(app.wiring().cdnPurger().orElseThrow().pending().values()).allSatisfy(n -> assertThat(n).isPositive());

    varnish.down(false);
    arrives("article-" + id);
    Await.until("nothing left waiting", ARRIVES_WITHIN,
        () -> app.wiring().cdnPurger().orElseThrow().pending().values().stream().allMatch(n -> n == 0));
  }

  @Test
  void withPurgeAgainEachKeyIsSentASecondTimeAfterTheDelay() {
    TestApp app = node("a", cdn(Map.of("KIOSQUE_CDN_PURGE_AGAIN", "1")));
    long saved = System.nanoTime();
    app.publish(article().section("Maroc").topics("Pêche"));
    // A topic's key is purged once per change of its articles (the article's own key also when its lists change).
    String key = "topic-" + app.wiring().taxonomyStore().topicBySlug("peche").orElseThrow().id();
    arrives(key);
    Await.until(key + " purged a second time", ARRIVES_WITHIN, () -> Collections.frequency(varnish.keys(), key) >= 2);
    // The first purge left after the save started, the second at least a second after the first.
    assertThat(Duration.ofNanos(System.nanoTime() - saved)).as("not before the delay")
        .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(app.wiring().cdnPurger().orElseThrow().pending().values()).as("the second purge is not queued")
        .allSatisfy(n -> assertThat(n).isZero());
  }

  @Test
  void fastlyGetsTheKeysWithTheTokenOnItsPurgeAddress() {
    try (FakeCdn fastly = FakeCdn.start()) {
      TestApp app = node("a", Map.of("KIOSQUE_FASTLY_SERVICE", "SU1Z0isxPaozGVKXdv0eY", "KIOSQUE_FASTLY_TOKEN",
          "jeton-de-test", "KIOSQUE_FASTLY_API", fastly.address()));
      long id = app.publish(article().section("Maroc"));
      Await.until("Fastly purged", ARRIVES_WITHIN, () -> fastly.keys().contains("article-" + id));
      FakeCdn.Purge purge = fastly.purges().getLast();
      assertThat(purge.method()).isEqualTo("POST");
      assertThat(purge.path()).isEqualTo("/service/SU1Z0isxPaozGVKXdv0eY/purge");
      assertThat(purge.headers()).containsEntry("fastly-key", "jeton-de-test");
    }
  }

  @Test
  void twoNodesOnPostgresqlSendEachPurgeOnceAndTheSurvivorSendsWhatTheOtherLeft() {
    Map<String, String> database = TestDatabase.POSTGRESQL.env(dir.resolve("database"));
    TestApp a = node("a", cdn(database));
    TestApp b = node("b", cdn(database));
    a.publish(article().section("Maroc"));
    b.settle();
    TaxonomyStore taxonomy = a.wiring().taxonomyStore();

    List<Long> topics = new java.util.ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      TestApp writer = i % 2 == 0 ? a : b;
      writer.publish(article().title("Article " + i).section("Maroc").topics("Sujet " + i));
      topics.add(taxonomy.topicBySlug("sujet-" + i).orElseThrow().id());
    }
    for (long topic : topics) {
      arrives("topic-" + topic);
    }
    for (long topic : topics) {
      assertThat(Collections.frequency(varnish.keys(), "topic-" + topic)).as("topic-" + topic + " sent once")
          .isEqualTo(1);
    }
    String holder = a.wiring().cdnPurger().orElseThrow().holder().orElseThrow();
    TestApp holding = holder.equals(a.wiring().leases().node()) ? a : b;
    TestApp other = holding == a ? b : a;

    varnish.down(true);
    other.publish(article().title("Pendant la panne").section("Maroc").topics("Sujet 7"));
    long seventh = taxonomy.topicBySlug("sujet-7").orElseThrow().id();
    Await.until("the holder queued the keys and failed to send them", ARRIVES_WITHIN, () -> varnish.refused() >= 1);
    nodes.remove(holding);
    holding.close();
    varnish.down(false);
    arrives("topic-" + seventh);
    assertThat(other.wiring().cdnPurger().orElseThrow().holder()).contains(other.wiring().leases().node());
  }

  private List<String> keysSince(int purges) {
    return varnish.purges().subList(purges, varnish.purges().size()).stream().flatMap(p -> p.keys().stream())
        .toList();
  }
}
