package kiosque.cdn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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

/**
 * The purge's cursor at start: another node inserting it at the same moment is no failure (the
 * cursor is there, this node uses it); any other failure stops the start instead of being taken
 * for that race.
 */
@BothDatabases
class CdnPurgerStartTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  private static CdnPurger purger(Wiring wiring) {
    return new CdnPurger(wiring.database().jdbi(), wiring.changeLog(), wiring.articleStore(), wiring.taxonomyStore(),
        wiring.settings().timeZone(), wiring.leases(), wiring.clock(), List.of(), Duration.ofSeconds(1),
        Duration.ZERO);
  }

  @Test
  void aDatabaseFailureAtStartIsNotTakenForAnotherNode() {
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      CdnPurger purger = purger(wiring);
      wiring.database().close();

      assertThatThrownBy(purger::start).isInstanceOf(RuntimeException.class);
      purger.close();
    }
  }

  @Test
  void anotherNodeStartingTheCursorAtTheSameMomentIsNoFailure() throws Exception {
    // H2 is a file one process opens: no other node starts on it.
    assumeTrue(db == TestDatabase.POSTGRESQL, "several nodes share PostgreSQL only");
    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      Jdbi jdbi = wiring.database().jdbi();
      CdnPurger purger = purger(wiring);
      try (Handle otherNode = jdbi.open()) {
        otherNode.begin();
        otherNode.createUpdate("insert into cdn_purge_cursor (id, seq, sections) values (1, 42, 'theirs')").execute();
        CompletableFuture<Void> thisNode = CompletableFuture.runAsync(purger::start);
        // This node's insert waits for the other's uncommitted row; then the other commits first.
        assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(20), () -> thisNode.isDone() || blocked(jdbi)))
            .isTrue();
        otherNode.commit();
        thisNode.get();
      } finally {
        purger.close();
      }
      assertThat(new PurgeStore(jdbi).cursorPosition()).hasValue(42L);
    }
  }

  private static boolean blocked(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()""")
        .mapTo(Integer.class).one()) > 0;
  }
}
