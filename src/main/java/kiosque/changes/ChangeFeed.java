package kiosque.changes;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.background.WakeableLoop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the change log on this node and hands each change, in order, to every
 * {@link ChangeFollower}. It wakes up when {@link ChangeLog#signal()} is called (a change made in
 * this process) and polls at a fixed interval as the safety net for changes made elsewhere.
 */
public final class ChangeFeed implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChangeFeed.class);
  private static final int BATCH = 500;

  private final ChangeLog changeLog;
  private final List<Cursor> cursors = new CopyOnWriteArrayList<>();
  private final AtomicLong applied = new AtomicLong();
  private final WakeableLoop loop;
  /** Set under the lock: a round that was waiting for it when the feed closed must not start writing. */
  private boolean closed;

  private static final class Cursor {
    final ChangeFollower follower;
    final int place;
    // Written by the feed's thread, read by metrics.
    volatile long position;

    Cursor(ChangeFollower follower, int place) {
      this.follower = follower;
      this.place = place;
      this.position = follower.position();
    }
  }

  public ChangeFeed(ChangeLog changeLog, Duration pollInterval) {
    this.changeLog = changeLog;
    this.loop = new WakeableLoop("change-feed", () -> {
      catchUp();
      return pollInterval;
    }, pollInterval);
    changeLog.onSignal(loop::wake);
  }

  /** Follows the log after every follower already there. */
  public void follow(ChangeFollower follower) {
    follow(follower, Integer.MAX_VALUE);
  }

  /**
   * Follows the log at a place: each change reaches followers in increasing place, whatever order
   * they were registered in (followers opened on first use come in late), and the later registered
   * of two with the same place comes after the other.
   */
  public void follow(ChangeFollower follower, int place) {
    // Not the feed's lock: a round holds it while followers work, and registering must not wait for that.
    synchronized (cursors) {
      int at = 0;
      while (at < cursors.size() && cursors.get(at).place <= place) {
        at++;
      }
      cursors.add(at, new Cursor(follower, place));
    }
    loop.wake();
  }

  public void start() {
    loop.start();
  }

  /** Brings every follower up to the head of the log; also callable directly (tests, start-up). */
  public synchronized void catchUp() {
    if (closed) {
      return;
    }
    for (Cursor cursor : cursors) {
      while (true) {
        List<Change> batch = changeLog.after(cursor.position, BATCH);
        if (batch.isEmpty()) {
          break;
        }
        try {
          cursor.follower.apply(batch);
        } catch (FollowerNotReadyException e) {
          log.debug("Follower {} not ready for changes {}..{}: {}", cursor.follower.name(), batch.getFirst().seq(),
              batch.getLast().seq(), e.getMessage());
          break;
        } catch (Exception e) {
          log.error("Follower {} failed on changes {}..{}; it will be retried", cursor.follower.name(),
              batch.getFirst().seq(), batch.getLast().seq(), e);
          break;
        }
        cursor.position = batch.getLast().seq();
        applied.addAndGet(batch.size());
      }
    }
  }

  /** The lowest position among followers: everything up to it has been applied everywhere here. */
  public long position() {
    return cursors.stream().mapToLong(c -> c.position).min().orElse(changeLog.head());
  }

  /** Each follower's position by name, for metrics: how far behind the log it is. */
  public java.util.Map<String, Long> positions() {
    java.util.Map<String, Long> positions = new java.util.LinkedHashMap<>();
    cursors.forEach(c -> positions.put(c.follower.name(), c.position));
    return positions;
  }

  public long appliedCount() {
    return applied.get();
  }

  /**
   * Stops the thread after the round in progress: no round starts once {@code closed} is set under
   * the lock {@link #catchUp} takes, and the loop waits for the running one (outside the lock,
   * which that round holds), so a follower is never interrupted in the middle of a write (Lucene
   * closes an index whose file channel is interrupted).
   */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
    }
    loop.close();
  }
}
