package kiosque.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Two nodes (two {@link Leases} with their own names) on one database. */
@BothDatabases
class LeasesTest {

  private static final Duration LEASE = Duration.ofSeconds(30);

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void oneNodeHoldsALeaseUntilItExpiresThenAnotherTakesIt() {
    MutableClock clock = new MutableClock("2026-03-01T10:00:00Z");
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      Leases a = new Leases(wiring.database().jdbi(), clock, "node-a");
      Leases b = new Leases(wiring.database().jdbi(), clock, "node-b");

      assertThat(a.tryHold("purge", LEASE)).isTrue();
      assertThat(b.tryHold("purge", LEASE)).as("held by a").isFalse();
      assertThat(b.holder("purge")).contains("node-a");
      assertThat(b.tryHold("related", LEASE)).as("another lease is free").isTrue();

      clock.advance(Duration.ofSeconds(20));
      assertThat(a.tryHold("purge", LEASE)).as("a renews its own").isTrue();
      clock.advance(Duration.ofSeconds(20));
      assertThat(b.tryHold("purge", LEASE)).as("renewed 20 s ago for 30 s: still a's").isFalse();

      clock.advance(Duration.ofSeconds(11));
      assertThat(a.holder("purge")).as("expired: nobody holds it").isEmpty();
      assertThat(b.tryHold("purge", LEASE)).as("expired: b takes over").isTrue();
      assertThat(a.tryHold("purge", LEASE)).as("a lost it").isFalse();
      assertThat(a.holder("purge")).contains("node-b");
    }
  }

  @Test
  void aReleasedLeaseIsFreeAtOnceButOnlyItsHolderCanReleaseIt() {
    MutableClock clock = new MutableClock("2026-03-01T10:00:00Z");
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      Leases a = new Leases(wiring.database().jdbi(), clock, "node-a");
      Leases b = new Leases(wiring.database().jdbi(), clock, "node-b");
      assertThat(a.tryHold("purge", LEASE)).isTrue();

      b.release("purge");
      assertThat(a.holder("purge")).as("b cannot release a's lease").contains("node-a");

      a.release("purge");
      assertThat(a.holder("purge")).isEmpty();
      assertThat(b.tryHold("purge", LEASE)).isTrue();
    }
  }

  @Test
  void whenNodesRaceForAFreeLeaseExactlyOneGetsIt() throws Exception {
    MutableClock clock = new MutableClock("2026-03-01T10:00:00Z");
    try (Wiring wiring = new Wiring(TestSettings.in(dir, db), clock)) {
      int nodes = 8;
      ExecutorService pool = Executors.newFixedThreadPool(nodes);
      try {
        for (int round = 0; round < 5; round++) {
          String lease = "race-" + round;
          CountDownLatch start = new CountDownLatch(1);
          List<Future<Boolean>> results = new ArrayList<>();
          for (int n = 0; n < nodes; n++) {
            Leases node = new Leases(wiring.database().jdbi(), clock, "node-" + n);
            Callable<Boolean> attempt = () -> {
              start.await();
              return node.tryHold(lease, LEASE);
            };
            results.add(pool.submit(attempt));
          }
          start.countDown();
          int winners = 0;
          for (Future<Boolean> result : results) {
            winners += result.get() ? 1 : 0;
          }
          assertThat(winners).as("winners of " + lease).isEqualTo(1);
        }
      } finally {
        pool.shutdownNow();
      }
    }
  }
}
