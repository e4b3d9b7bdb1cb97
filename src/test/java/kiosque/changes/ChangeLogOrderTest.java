package kiosque.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kiosque.Wiring;
import kiosque.testsupport.Await;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Sequence numbers become visible in order: a writer that appends while another one has appended
 * but not yet committed waits, so a follower reading "after n" can never skip a row still in flight.
 */
@BothDatabases
class ChangeLogOrderTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void aSecondAppenderWaitsForTheFirstToCommitAndGetsTheNextNumber() throws Exception {
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), Clock.systemUTC())) {
      ChangeLog log = wiring.changeLog();
      CountDownLatch firstAppended = new CountDownLatch(1);
      CountDownLatch commitFirst = new CountDownLatch(1);
      ExecutorService writers = Executors.newFixedThreadPool(2);
      try {
        Future<?> first = writers.submit(() -> {
          wiring.database().jdbi().useTransaction(h -> {
            log.append(h, 1, ChangeKind.UPDATED);
            firstAppended.countDown();
            commitFirst.await();
          });
          return null;
        });
        firstAppended.await();
        Future<?> second = writers.submit(() -> wiring.database().jdbi().useTransaction(
            h -> log.append(h, 2, ChangeKind.UPDATED)));

        Await.until("the second writer waits for a lock", () -> someoneWaitsForALock(wiring));
        assertThat(second.isDone()).isFalse();
        assertThat(log.after(0, 10)).as("nothing is visible before the first commit").isEmpty();

        commitFirst.countDown();
        first.get();
        second.get();
        assertThat(log.after(0, 10)).extracting(Change::articleId).containsExactly(1L, 2L);
      } finally {
        writers.shutdownNow();
      }
    }
  }

  private boolean someoneWaitsForALock(Wiring wiring) {
    String sql = db == TestDatabase.H2
        ? "select count(*) from information_schema.sessions where blocker_id is not null"
        : "select count(*) from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()";
    return wiring.database().jdbi().withHandle((Handle h) -> h.createQuery(sql).mapTo(Long.class).one()) > 0;
  }
}
