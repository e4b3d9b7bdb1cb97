package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.slf4j.LoggerFactory;

/**
 * Filling the listings' months at start: when another node filled them at the same moment the
 * start goes on; any other failure stops it instead of being taken for that race.
 */
@BothDatabases
class ListingMonthsAtStartTest {

  private static final ZoneId ZONE = ZoneId.of("Africa/Casablanca");

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void aFailureThatIsNotAnotherNodesFillStopsTheStart() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      wiring.articleService().save(article().id("a").publishedAt("2025-01-31T23:30:00Z").build());
      Jdbi jdbi = wiring.database().jdbi();
      // A published article without a date (written by hand): reading it fails, and no node filled anything.
      jdbi.useHandle(h -> {
        h.createUpdate("update article set published_at = null").execute();
        h.createUpdate("delete from listing_month").execute();
      });

      assertThatThrownBy(() -> new ListingSummaries(ZONE).ensureMonths(jdbi)).isInstanceOf(RuntimeException.class);
      assertThat(TestDatabases.rows(wiring, "listing_month")).isZero();
    }
  }

  @Test
  void anotherNodeFillingTheMonthsAtTheSameMomentIsNoFailure() throws Exception {
    // H2 is a file one process opens: no other node starts on it.
    assumeTrue(db == TestDatabase.POSTGRESQL, "several nodes share PostgreSQL only");
    ListAppender<ILoggingEvent> logged = new ListAppender<>();
    Logger logger = (Logger) LoggerFactory.getLogger(ListingSummaries.class);
    logged.start();
    logger.addAppender(logged);
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      wiring.articleService().save(article().id("a").publishedAt("2025-01-31T23:30:00Z").build());
      Jdbi jdbi = wiring.database().jdbi();
      jdbi.useHandle(h -> h.createUpdate("delete from listing_month").execute());

      try (Handle otherNode = jdbi.open()) {
        otherNode.begin();
        otherNode.createUpdate("""
                insert into listing_month (time_zone, published_month, published_count, newest_update)
                values (:zone, '2025-02', 1, :at)""")
            .bind("zone", ZONE.getId()).bind("at", OffsetDateTime.of(2025, 1, 31, 23, 30, 0, 0, ZoneOffset.UTC))
            .execute();
        CompletableFuture<Void> thisNode = CompletableFuture.runAsync(() -> new ListingSummaries(ZONE).ensureMonths(jdbi));
        // This node's insert waits for the other's uncommitted row; then the other commits first.
        assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(20), () -> thisNode.isDone() || blocked(jdbi)))
            .isTrue();
        otherNode.commit();
        thisNode.get();
      }

      assertThat(TestDatabases.rows(wiring, "listing_month")).isEqualTo(1);
      assertThat(logged.list).anySatisfy(e -> assertThat(e.getFormattedMessage())
          .contains("filled by another node at the same moment"));
    } finally {
      logger.detachAppender(logged);
    }
  }

  /** Whether some session of the PostgreSQL server waits for another's lock. */
  private boolean blocked(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()""")
        .mapTo(Integer.class).one()) > 0;
  }
}
