package kiosque.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import kiosque.config.Settings;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClosedStoreWatchTest {

  @TempDir
  Path dir;

  @Test
  void aDatabaseClosedUnderThePoolIsSaidOnce() {
    AtomicInteger said = new AtomicInteger();
    try (Database database = Database.open(Settings.h2UrlAlone(dir), "sa", "", dir)) {
      database.onClosedUnderUs(said::incrementAndGet);
      database.jdbi().useHandle(h -> h.createQuery("select count(*) from article").mapTo(Long.class).one());
      assertThat(said).as("an open database").hasValue(0);

      // As a store failure does: H2 closes the database under the pool's connections.
      catchThrowable(() -> database.jdbi().useHandle(h -> h.execute("shutdown immediately")));
      for (int i = 0; i < 3; i++) {
        Throwable failed = catchThrowable(() -> database.jdbi().useHandle(h -> h.execute("select 1")));
        assertThat(failed).as("a statement on the closed database").isNotNull();
      }
      assertThat(said).as("said once, however many statements meet it").hasValue(1);

      // Left unused past the half second after which Hikari checks a connection by default: the pool
      // does not replace it with a new one, which would open the database again in this process.
      LockSupport.parkNanos(Duration.ofSeconds(1).toNanos());
      Throwable later = catchThrowable(() -> database.jdbi().useHandle(h -> h.execute("select 1")));
      assertThat(later).as("the database is not opened again behind the node's back").isNotNull();
    }
  }

  @Test
  void theProcessClosingItsOwnDatabaseIsNotAFailure() {
    ClosedStoreWatch watch = new ClosedStoreWatch();
    AtomicInteger said = new AtomicInteger();
    watch.onClosed(said::incrementAndGet);
    watch.closing();
    watch.adjudicate(new SQLException("Database is already closed", "90098", ErrorCode.DATABASE_IS_CLOSED));
    assertThat(said).hasValue(0);
  }

  @Test
  void closedMeansDatabaseClosedOrTheStoreFailingNotAnyError() {
    assertThat(ClosedStoreWatch.closedUnderUs(
        new SQLException("Database is already closed", "90098", ErrorCode.DATABASE_IS_CLOSED))).isTrue();
    assertThat(ClosedStoreWatch.closedUnderUs(
        new SQLException("Database is already closed", "90121", ErrorCode.DATABASE_CALLED_AT_SHUTDOWN))).isTrue();
    assertThat(ClosedStoreWatch.closedUnderUs(new SQLException(
        "General error: \"org.h2.mvstore.MVStoreException: File corrupted in chunk 12 [2.5.252/6]\"",
        "HY000", ErrorCode.GENERAL_ERROR_1))).isTrue();
    assertThat(ClosedStoreWatch.closedUnderUs(
        new SQLException("General error: \"java.lang.NullPointerException\"", "HY000", ErrorCode.GENERAL_ERROR_1))).isFalse();
    assertThat(ClosedStoreWatch.closedUnderUs(
        new SQLException("Unique index or primary key violation", "23505", ErrorCode.DUPLICATE_KEY_1))).isFalse();
    assertThat(ClosedStoreWatch.closedUnderUs(
        new SQLException("Timeout trying to lock table", "HYT00", ErrorCode.LOCK_TIMEOUT_1))).isFalse();
  }
}
