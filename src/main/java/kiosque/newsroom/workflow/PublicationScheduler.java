package kiosque.newsroom.workflow;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.background.WakeableLoop;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.newsroom.notifications.Notifications;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes scheduled articles at their time, from a thread of the server, never from a page view.
 * The schedule lives in the database (status scheduled, published_at the time), so it survives
 * restarts: at start every article whose time passed while the server was down goes out at once.
 * The thread sleeps until the next due time, is woken when a schedule changes on this node, and
 * looks again at least every {@code maxSleep} for schedules set on other nodes. Publishing goes
 * through {@link ArticleService#publishDue}, whose conditional update lets exactly one node win.
 */
public final class PublicationScheduler implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(PublicationScheduler.class);

  private final ArticleStore store;
  private final ArticleService articles;
  private final Clock clock;
  private final Duration maxSleep;
  private final AtomicLong published = new AtomicLong();
  private final WakeableLoop loop;
  private final Notifications notifications;

  public PublicationScheduler(ArticleStore store, ArticleService articles, Clock clock, Duration maxSleep,
      Notifications notifications) {
    this.notifications = notifications;
    this.store = store;
    this.articles = articles;
    this.clock = clock;
    this.maxSleep = maxSleep;
    this.loop = new WakeableLoop("publication-scheduler", () -> {
      publishDue();
      return untilNext();
    }, maxSleep.compareTo(Duration.ofSeconds(5)) < 0 ? maxSleep : Duration.ofSeconds(5));
  }

  public void start() {
    loop.start();
  }

  /** Makes the thread look at the schedule again now (a schedule changed, or a test moved its clock). */
  public void wake() {
    loop.wake();
  }

  /** Publishes every scheduled article whose time has come; returns how many this node published. */
  public int publishDue() {
    Instant now = clock.instant();
    int count = 0;
    RuntimeException failed = null;
    for (long id : store.dueScheduled(now)) {
      boolean won;
      try {
        // The author's notice is written in the publication's transaction: told exactly when it happened.
        won = articles.publishDue(id, now, (handle, published) -> notifications.scheduledPublished(handle, published));
      } catch (RuntimeException e) {
        // One article that cannot go out must not hold back the others; its author is told why.
        notifyFailure(id, e);
        failed = failed == null ? e : failed;
        continue;
      }
      if (won) {
        count++;
        // Counted as each one commits: a reader of the count never sees a published article uncounted.
        published.incrementAndGet();
        log.info("Published scheduled article {}", id);
      }
    }
    if (failed != null) {
      // The loop logs it and pauses before the next round, instead of retrying at once.
      throw failed;
    }
    return count;
  }

  private void notifyFailure(long id, RuntimeException cause) {
    log.error("Could not publish scheduled article {}", id, cause);
    String why = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    try {
      // The first line is enough for the author; the whole error is in the log.
      notifications.scheduledFailed(id, why.lines().findFirst().orElse(why));
    } catch (RuntimeException e) {
      log.error("Could not tell the author of article {} that its publication failed", id, e);
    }
  }

  private Duration untilNext() {
    Optional<Instant> next = store.nextScheduled();
    if (next.isEmpty()) {
      return maxSleep;
    }
    Duration wait = Duration.between(clock.instant(), next.get());
    if (wait.isNegative()) {
      return Duration.ZERO;
    }
    // A few milliseconds late rather than early: waking early would only loop once more.
    wait = wait.plusMillis(5);
    return wait.compareTo(maxSleep) > 0 ? maxSleep : wait;
  }

  public long publishedCount() {
    return published.get();
  }

  @Override
  public void close() {
    loop.close();
  }
}
