package kiosque.newsroom.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kiosque.Wiring;
import kiosque.changes.ChangeKind;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.Await;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestApp;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The scheduler with a clock the test moves: no sleeping, waits for the article's status. */
@BothDatabases
class PublicationSchedulerTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");

  private long scheduled(Wiring wiring, String title, Instant at) {
    return wiring.articleService().save(ArticleDrafts.article().title(title).status(ArticleStatus.SCHEDULED)
        .publishedAt(at).build()).articleId();
  }

  private static ArticleStatus status(Wiring wiring, long id) {
    return wiring.articleStore().findById(id).orElseThrow().status();
  }

  @Test
  void publishesAtItsTimeAndNotBefore() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      long id = scheduled(wiring, "À 10h01", clock.instant().plusSeconds(60));
      wiring.startWeb(0);

      clock.advance(Duration.ofSeconds(59));
      wiring.scheduler().wake();
      assertThat(wiring.scheduler().publishDue()).isZero();
      assertThat(status(wiring, id)).isEqualTo(ArticleStatus.SCHEDULED);

      clock.advance(Duration.ofSeconds(1));
      wiring.scheduler().wake();
      Await.until("the scheduled article is published", () -> status(wiring, id) == ArticleStatus.PUBLISHED);
      assertThat(wiring.articleStore().findById(id).orElseThrow().publishedAt()).isEqualTo(Instant.parse("2025-06-01T10:01:00Z"));
    }
  }

  @Test
  void sleepsUntilTheNextDueTimeOnTheRealClockWithoutAnyPageView() {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), Clock.systemUTC())) {
      wiring.startWeb(0);
      long id = wiring.articleService().save(ArticleDrafts.article().title("Dans 300 ms")
          .status(ArticleStatus.SCHEDULED).publishedAt(Instant.now().plusMillis(300)).build()).articleId();
      wiring.scheduler().wake();

      Await.until("published by the server's own thread", Duration.ofSeconds(3),
          () -> status(wiring, id) == ArticleStatus.PUBLISHED);
    }
  }

  @Test
  void anArticleWhoseTimePassedWhileTheServerWasDownIsPublishedAtStartAtOnce() {
    long id;
    try (Wiring offline = new Wiring(TestSettings.in(dir, db), clock)) {
      id = scheduled(offline, "Pendant la panne", clock.instant().plusSeconds(600));
    }
    clock.advance(Duration.ofHours(1));

    try (TestAppLike started = new TestAppLike(new Wiring(TestSettings.in(dir, db), clock))) {
      Await.until("published at start", () -> status(started.wiring, id) == ArticleStatus.PUBLISHED);
      var article = started.wiring.articleStore().findById(id).orElseThrow();
      assertThat(article.publishedAt()).as("late: it takes the actual time").isEqualTo(clock.instant());
    }
  }

  @Test
  void theReaderSiteAndTheChangeLogSeeItOncePublished() {
    try (TestApp app = TestApp.start(dir.resolve("app"), db.env(dir.resolve("app")), clock)) {
      long id = scheduled(app.wiring(), "Annonce programmée", clock.instant().plusSeconds(60));
      String path = app.pathOf(id);
      assertThat(app.get(path).statusCode()).isEqualTo(404);

      clock.advance(Duration.ofSeconds(60));
      app.wiring().scheduler().wake();

      Await.until("the article page answers 200", () -> app.get(path).statusCode() == 200);
      assertThat(app.page("/").select("main h2, main h3").eachText()).contains("Annonce programmée");
      assertThat(app.wiring().changeLog().after(0, 100)).filteredOn(c -> c.articleId() == id && c.kind().changesArticle())
          .extracting(c -> c.kind()).containsExactly(ChangeKind.CREATED, ChangeKind.PUBLISHED);
    }
  }

  @Test
  void whenSeveralNodesRaceForTheSameArticleExactlyOnePublishesIt() throws Exception {
    try (Wiring nodeA = new Wiring(TestSettings.in(dir, db), clock); Wiring nodeB = new Wiring(TestSettings.in(dir, db), clock)) {
      List<Long> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 20; i++) {
        ids.add(scheduled(nodeA, "Course " + i, clock.instant().plusSeconds(1)));
      }
      clock.advance(Duration.ofSeconds(1));
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Integer>> nodes = List.of(
            () -> { start.await(); return nodeA.scheduler().publishDue(); },
            () -> { start.await(); return nodeB.scheduler().publishDue(); },
            () -> { start.await(); return nodeA.scheduler().publishDue(); },
            () -> { start.await(); return nodeB.scheduler().publishDue(); });
        List<Future<Integer>> results = nodes.stream().map(pool::submit).toList();
        start.countDown();
        int total = 0;
        for (Future<Integer> result : results) {
          total += result.get();
        }
        assertThat(total).isEqualTo(20);
      } finally {
        pool.shutdownNow();
      }
      for (long id : ids) {
        assertThat(nodeB.changeLog().after(0, 1000)).filteredOn(c -> c.articleId() == id && c.kind() == ChangeKind.PUBLISHED)
            .hasSize(1);
        assertThat(status(nodeB, id)).isEqualTo(ArticleStatus.PUBLISHED);
      }
    }
  }

  /** A started server without the HTTP helpers, for the restart test. */
  private static final class TestAppLike implements AutoCloseable {
    final Wiring wiring;

    TestAppLike(Wiring wiring) {
      this.wiring = wiring;
      wiring.startWeb(0);
    }

    @Override
    public void close() {
      wiring.close();
    }
  }
}
