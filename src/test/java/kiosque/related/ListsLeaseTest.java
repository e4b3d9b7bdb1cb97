package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.Wiring;
import kiosque.cluster.Leases;
import kiosque.testsupport.Await;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Two nodes' related-lists leases on one database: one computes, the other takes over when it stops or dies. */
@BothDatabases
class ListsLeaseTest {

  private static final Duration LENGTH = Duration.ofSeconds(3);

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  private final MutableClock clock = new MutableClock("2026-03-01T10:00:00Z");
  private Wiring wiring;
  private ListsLease a;
  private ListsLease b;
  private final AtomicInteger bTookOver = new AtomicInteger();

  @BeforeEach
  void twoNodes() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    a = new ListsLease(new Leases(wiring.database().jdbi(), clock, "node-a"), LENGTH);
    b = new ListsLease(new Leases(wiring.database().jdbi(), clock, "node-b"), LENGTH);
    b.onAcquired(bTookOver::incrementAndGet);
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void theFirstNodeComputesAndTheOtherTakesOverAtItsNextLookWhenItStops() {
    assertThat(a.held()).isTrue();
    assertThat(b.held()).isFalse();
    assertThat(b.holder()).contains("node-a");

    a.release();

    Await.until("b takes over", Duration.ofSeconds(5), b::held);
    assertThat(bTookOver).hasValue(1);
    assertThat(a.held()).as("a asks again later: b holds it").isFalse();
    assertThat(b.held()).isTrue();
    assertThat(bTookOver).as("told once").hasValue(1);
  }

  @Test
  void whenTheHolderDiesWithoutGivingItUpTheOtherTakesOverOnceItExpires() {
    assertThat(a.held()).isTrue();
    assertThat(b.held()).isFalse();

    // a stops renewing (it died); after the lease's length it has expired.
    clock.advance(LENGTH.plusSeconds(1));

    Await.until("b takes over", Duration.ofSeconds(5), b::held);
    assertThat(bTookOver).hasValue(1);
  }
}
