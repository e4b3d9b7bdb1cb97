package kiosque.related;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.testsupport.Await;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two whole nodes on one PostgreSQL database: the one holding the related-lists lease computes the
 * lists, the other only reads them, purges its cached pages when they change, and takes over when
 * the first one stops.
 */
class RelatedListsOnSeveralNodesIT {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);
  private static final int LEASE_SECONDS = 2;

  @TempDir
  Path dir;
  Map<String, String> env;
  final Map<String, TestApp> nodes = new LinkedHashMap<>();

  @BeforeEach
  void shareOneDatabase() {
    env = new HashMap<>(TestDatabase.POSTGRESQL.env(dir.resolve("database")));
    env.put(ListsLease.LENGTH.env(), String.valueOf(LEASE_SECONDS));
  }

  @AfterEach
  void stopNodes() {
    nodes.values().forEach(TestApp::close);
  }

  private TestApp start(String name) {
    TestApp node = TestApp.start(dir.resolve(name), env, Clock.systemUTC());
    nodes.put(name, node);
    return node;
  }

  /** The titles in the page's two related lists, as a reader sees them. */
  private static List<String> relatedTitles(TestApp node, String path) {
    return Jsoup.parse(node.get(path).body()).select("section.related a").eachText();
  }

  private static boolean cached(TestApp node, String path) {
    return node.get(path).headers().firstValue("X-Cache").orElse("").equals("hit");
  }

  @Test
  void oneNodeComputesTheOtherPurgesItsPagesWhenTheListsChangeAndTakesOverWhenTheFirstStops() {
    TestApp a = start("a");
    TestApp b = start("b");
    RelatedService onA = a.wiring().relatedService();
    RelatedService onB = b.wiring().relatedService();
    assertThat(onA.computesLists()).as("the first node took the lease").isTrue();
    assertThat(onB.computesLists()).isFalse();

    long earlier = a.wiring().articleService().save(article().title("Séisme : les secours à pied d’œuvre à Agadir")
        .topics("Séismes").body("Les secours fouillent les décombres après le séisme qui a frappé Agadir.").build())
        .articleId();
    Await.until("A computed the earlier article's lists", () -> onA.computedAt(earlier).isPresent());
    String path = a.pathOf(earlier);
    Await.until("B caches the earlier article's page", () -> b.get(path).statusCode() == 200 && cached(b, path));

    String title = "Séisme d’Agadir : un premier bilan des secours";
    long started = System.nanoTime();
    long later = a.wiring().articleService().save(article().title(title).topics("Séismes")
        .body("Le bilan du séisme d'Agadir s'alourdit ; les secours poursuivent leurs recherches.").build())
        .articleId();
    // A's follower computes the new article's lists and queues the earlier one, which should now
    // list it; its new lists go in the change log, and B purges its cached page on that entry.
    Await.until("B's page of the earlier article lists the new one", Duration.ofSeconds(20),
        () -> relatedTitles(b, path).contains(title));
    Duration seenAfter = Duration.ofNanos(System.nanoTime() - started);
    System.out.println("Lists computed on node A, shown on node B's cached page after " + seenAfter);
    assertThat(seenAfter).isLessThan(VISIBLE_WITHIN);
    assertThat(onA.refreshedCount()).isGreaterThanOrEqualTo(3);
    assertThat(onB.refreshedCount()).as("B computed nothing").isZero();
    assertThat(onB.computesLists()).isFalse();
    assertThat(onA.storedLists(earlier)).extracting(i -> i.teaser().id()).contains(later);

    // A page on B whose lists are not stored (as after an import): B computes them in the request
    // and stores them, without becoming the computing node.
    a.wiring().database().jdbi().useHandle(h -> {
      h.execute("delete from related_item where article_id = ?", later);
      h.execute("delete from related_list_state where article_id = ?", later);
    });
    String laterPath = a.pathOf(later);
    assertThat(relatedTitles(b, laterPath)).as("computed on B in the request").isNotEmpty();
    assertThat(onB.computedAt(later)).as("and stored").isPresent();
    assertThat(onB.refreshedCount()).isZero();
    assertThat(onB.computesLists()).isFalse();

    nodes.remove("a").close();
    long afterA = b.wiring().articleService().save(article().title("Séisme : l’aide internationale arrive à Agadir")
        .topics("Séismes").body("Les premières équipes de secours étrangères sont arrivées à Agadir après le séisme.")
        .build()).articleId();
    Await.until("B took over and computed the new article's lists", Duration.ofSeconds(LEASE_SECONDS + 5),
        () -> onB.computedAt(afterA).isPresent() && onB.refreshedCount() > 0);
    assertThat(onB.computesLists()).isTrue();
    assertThat(onB.computingNode()).contains(b.wiring().leases().node());
    // Eventually, not a latency claim (that is VISIBLE_WITHIN above): B's follower refreshes the
    // earlier article after computing the new one's lists, behind whatever else it queued.
    Await.until("and the lists that should now include it", Duration.ofSeconds(30),
        () -> onB.storedLists(earlier).stream().anyMatch(i -> i.teaser().id() == afterA));
  }
}
