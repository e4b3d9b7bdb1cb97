package kiosque.frontpage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import kiosque.background.WakeableLoop;

/**
 * Lets expired picks and banners go at their time, from a thread of the server: pages cached with
 * them are purged through the change log like any change. Sleeps until the next expiry, woken
 * when an editor sets one on this node, and looks again at least every {@code maxSleep} for
 * expiries set on other nodes.
 */
public final class FrontPageExpiry implements AutoCloseable {

  private final WakeableLoop loop;

  public FrontPageExpiry(FrontPageService service, Clock clock, Duration maxSleep) {
    this.loop = new WakeableLoop("front-page-expiry", () -> {
      service.expireDue();
      Optional<Instant> next = service.nextExpiry();
      if (next.isEmpty()) {
        return maxSleep;
      }
      Duration wait = Duration.between(clock.instant(), next.get()).plusMillis(5);
      return wait.isNegative() ? Duration.ZERO : wait.compareTo(maxSleep) > 0 ? maxSleep : wait;
    }, Duration.ofSeconds(5));
  }

  public void start() {
    loop.start();
  }

  public void wake() {
    loop.wake();
  }

  @Override
  public void close() {
    loop.close();
  }
}
