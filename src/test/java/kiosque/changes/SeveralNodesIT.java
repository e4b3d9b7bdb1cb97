package kiosque.changes;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.related.RelatedArticles;
import kiosque.search.SearchQuery;
import kiosque.search.SearchService;
import kiosque.testsupport.Await;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two (or three) whole nodes, each with its own data directory (search index, page cache), on one
 * PostgreSQL database: what one node writes, the others show within two seconds, after a
 * restart, and from an empty index directory.
 */
class SeveralNodesIT {

  private static final Duration VISIBLE_WITHIN = Duration.ofSeconds(2);

  @TempDir
  Path dir;
  Map<String, String> database;
  final Map<String, TestApp> nodes = new LinkedHashMap<>();

  @BeforeEach
  void shareOneDatabase() {
    database = TestDatabase.POSTGRESQL.env(dir.resolve("database"));
  }

  @AfterEach
  void stopNodes() {
    nodes.values().forEach(TestApp::close);
  }

  private TestApp start(String name) {
    return start(name, Clock.systemUTC());
  }

  private TestApp start(String name, Clock clock) {
    TestApp node = TestApp.start(dir.resolve(name), database, clock);
    nodes.put(name, node);
    return node;
  }

  private void stop(String name) {
    nodes.remove(name).close();
  }

  private static SearchService searchReady(TestApp node) {
    SearchService search = node.wiring().searchService();
    Await.until("the search index is ready", Duration.ofSeconds(30), () -> !search.isRebuilding());
    return search;
  }

  private static boolean found(SearchService search, String text, String title) {
    return search.search(SearchQuery.of(text)).hits().items().stream().anyMatch(h -> h.teaser().title().equals(title));
  }

  private static Set<Long> lists(TestApp node, long articleId) {
    Article article = node.wiring().articleStore().findById(articleId).orElseThrow();
    RelatedArticles reader = node.wiring().relatedService().reader();
    Set<Long> ids = new HashSet<>();
    reader.goFurther(article, 4).forEach(t -> ids.add(t.id()));
    reader.recommendations(article, Set.of(), 10).forEach(t -> ids.add(t.id()));
    return ids;
  }

  @Test
  void anArticlePublishedOnOneNodeIsOnTheOthersPagesSearchAndFeedsWithinTwoSeconds() {
    TestApp a = start("a");
    TestApp b = start("b");
    SearchService searchOnB = searchReady(b);
    long earlier = a.wiring().articleService().save(article().title("Les secours à pied d’œuvre après le séisme")
        .topics("Séismes").build()).articleId();
    String earlierPath = a.pathOf(earlier);
    Await.until("B shows the earlier article", () -> b.get(earlierPath).statusCode() == 200);
    // B's pages are in its page cache: the change must purge them there too.
    for (String path : List.of("/", "/rss.xml")) {
      Await.until(path + " is cached on B", () -> b.get(path).headers().firstValue("X-Cache").orElse("").equals("hit"));
    }

    String title = "Séisme ressenti à Agadir";
    long started = System.nanoTime();
    long id = a.wiring().articleService().save(article().title(title).topics("Séismes").build()).articleId();
    String path = a.pathOf(id);

    Map<String, Duration> seenAfter = new LinkedHashMap<>();
    Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
    checks.put("article page", () -> b.get(path).statusCode() == 200);
    checks.put("home page", () -> b.get("/").body().contains(title));
    checks.put("site feed", () -> b.get("/rss.xml").body().contains(title));
    checks.put("topic feed", () -> b.get("/sujet/seismes/atom.xml").body().contains(title));
    checks.put("search", () -> found(searchOnB, "seisme agadir", title));
    // Read through B's engine: the lists live in the shared database, computed by the node holding
    // the related-lists lease (B's cached page purges on the change-log entry: RelatedListsOnSeveralNodesIT).
    checks.put("related lists of an earlier article", () -> lists(b, earlier).contains(id));
    Await.until("the article is everywhere on node B", Duration.ofSeconds(20), () -> {
      checks.forEach((what, check) -> {
        if (!seenAfter.containsKey(what) && check.getAsBoolean()) {
          seenAfter.put(what, Duration.ofNanos(System.nanoTime() - started));
        }
      });
      return seenAfter.size() == checks.size();
    });
    System.out.println("Published on node A, visible on node B after: " + seenAfter);
    assertThat(seenAfter.values()).allSatisfy(d -> assertThat(d).isLessThan(VISIBLE_WITHIN));
  }

  @Test
  void aNodeThatWasDownCatchesUpWhenItReturns() {
    TestApp a = start("a");
    TestApp b = start("b");
    searchReady(b);
    long first = a.wiring().articleService().save(article().id("first").title("Avant la panne").build()).articleId();
    Await.until("B has the first article", () -> b.get(a.pathOf(first)).statusCode() == 200);

    stop("b");
    a.wiring().articleService().save(article().id("first").title("Avant la panne, corrigé").build());
    long during = a.wiring().articleService().save(article().title("Pendant la panne").build()).articleId();

    TestApp back = start("b");
    SearchService search = back.wiring().searchService();
    Await.until("B's index caught up from where it stopped", VISIBLE_WITHIN,
        () -> found(search, "pendant panne", "Pendant la panne") && found(search, "corrige", "Avant la panne, corrigé"));
    assertThat(search.isRebuilding()).as("resumed from its saved position, no rebuild").isFalse();
    assertThat(back.page(a.pathOf(during)).select("h1").text()).isEqualTo("Pendant la panne");
  }

  @Test
  void aNodeStartedOnAnEmptyIndexDirectoryBuildsItFromTheDatabase() {
    TestApp a = start("a");
    for (int i = 0; i < 30; i++) {
      a.wiring().articleService().save(article().title("Dépêche numéro " + i).build());
    }

    TestApp fresh = start("c");
    SearchService search = searchReady(fresh);

    assertThat(search.search(SearchQuery.of("depeche")).total()).isEqualTo(30);
    assertThat(found(search, "depeche numero 17", "Dépêche numéro 17")).isTrue();
  }

  @Test
  void aScheduledArticleIsPublishedOnceWhateverTheNumberOfNodes() {
    MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
    TestApp a = start("a", clock);
    TestApp b = start("b", clock);
    long id = a.wiring().articleService().save(article().title("À l’heure dite").status(ArticleStatus.SCHEDULED)
        .publishedAt(clock.instant().plusSeconds(60)).build()).articleId();

    clock.advance(Duration.ofSeconds(60));
    a.wiring().scheduler().wake();
    b.wiring().scheduler().wake();

    Await.until("published", () -> b.wiring().articleStore().findById(id).orElseThrow().status() == ArticleStatus.PUBLISHED);
    // The node that published counts it just after its commit: wait for that, then let both look again.
    Await.until("counted", () -> a.wiring().scheduler().publishedCount() + b.wiring().scheduler().publishedCount() > 0);
    a.wiring().scheduler().publishDue();
    b.wiring().scheduler().publishDue();
    assertThat(a.wiring().scheduler().publishedCount() + b.wiring().scheduler().publishedCount()).isEqualTo(1);
    assertThat(a.wiring().changeLog().after(0, 100)).filteredOn(c -> c.articleId() == id && c.kind().changesArticle())
        .extracting(c -> c.kind()).containsExactly(ChangeKind.CREATED, ChangeKind.PUBLISHED);
  }

  @Test
  void aNewsroomSessionOpenedOnOneNodeWorksOnTheOther() {
    TestApp a = start("a");
    TestApp b = start("b");
    NewsroomClient onA = a.loggedIn(Role.EDITOR, "editrice@example.ma");

    NewsroomClient onB = b.anonymous();
    onB.cookies().putAll(onA.cookies());

    assertThat(onB.get("/redaction").statusCode()).isEqualTo(200);
  }
}
