package kiosque.background;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WakeableLoopTest {

  private static final Duration LONG = Duration.ofMinutes(10);

  @Test
  void aWakeUpRunsARoundBeforeTheRoundsOwnTimeComes() throws Exception {
    BlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
    AtomicInteger count = new AtomicInteger();
    try (WakeableLoop loop = new WakeableLoop("test-loop", () -> {
      rounds.add(count.incrementAndGet());
      return LONG;
    }, LONG)) {
      loop.start();
      assertThat(rounds.poll(5, TimeUnit.SECONDS)).as("the first round runs at start").isEqualTo(1);

      loop.wake();

      assertThat(rounds.poll(5, TimeUnit.SECONDS)).as("woken long before ten minutes").isEqualTo(2);
    }
  }

  @Test
  void aFailedRoundIsTriedAgainAfterThePauseAndTheLoopGoesOn() throws Exception {
    BlockingQueue<String> rounds = new LinkedBlockingQueue<>();
    AtomicInteger count = new AtomicInteger();
    try (WakeableLoop loop = new WakeableLoop("test-loop", () -> {
      if (count.incrementAndGet() == 1) {
        rounds.add("failed");
        throw new IllegalStateException("la base redémarre");
      }
      rounds.add("ok");
      return LONG;
    }, Duration.ofMillis(50))) {
      loop.start();

      assertThat(rounds.poll(5, TimeUnit.SECONDS)).isEqualTo("failed");
      assertThat(rounds.poll(5, TimeUnit.SECONDS)).as("retried after 50 ms, not after ten minutes").isEqualTo("ok");
    }
  }

  @Test
  void aClosedLoopRunsNoMoreRounds() throws Exception {
    BlockingQueue<Integer> rounds = new LinkedBlockingQueue<>();
    WakeableLoop loop = new WakeableLoop("test-loop", () -> {
      rounds.add(1);
      return Duration.ofMillis(10);
    }, LONG);
    loop.start();
    assertThat(rounds.poll(5, TimeUnit.SECONDS)).isNotNull();

    loop.close();
    Thread.sleep(100);
    rounds.clear();
    Thread.sleep(200);

    assertThat(rounds).isEmpty();
  }
}
