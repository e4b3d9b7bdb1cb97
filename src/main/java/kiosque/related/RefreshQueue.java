package kiosque.related;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import java.util.function.LongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The background refresh of related lists: one worker thread and a de-duplicated queue of article
 * ids (an article queued twice is refreshed once). The follower queues the articles that should
 * now list a changed one, and a node taking over queues the articles changed while none computed:
 * those are refreshed as the follower would have, the articles that may now list them queued after
 * them. When the queue is empty, a periodic sweep queues a bounded batch of
 * lists gone stale (recommendations move with time) and of articles with no lists yet. A failed
 * refresh is logged and left to a later sweep. It works only on the node holding the related-lists
 * lease ({@link ListsLease}); elsewhere it waits, asking again now and then.
 */
final class RefreshQueue implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(RefreshQueue.class);
  /** How long the worker waits for the index to finish a rebuild before looking again. */
  private static final long REBUILD_WAIT_MILLIS = 1_000;
  /** Looking for articles without lists scans the archive: once it finds none, only this often. */
  private static final Duration MISSING_SCAN_EVERY = Duration.ofHours(1);

  private final LongConsumer refresh;
  private final LongFunction<Collection<Long>> afterChange;
  private final RelatedListStore lists;
  private final Clock clock;
  private final BooleanSupplier indexRebuilding;
  private final BooleanSupplier computing;
  private final Duration lookEvery;
  private final Duration maxAge;
  private final Duration sweepEvery;
  private final int sweepBatch;
  private final Object lock = new Object();
  private final LinkedHashSet<Long> queued = new LinkedHashSet<>();
  /** The queued articles that changed (not merely stale): their neighbours are queued after them. */
  private final Set<Long> changed = new HashSet<>();
  private int running;
  private long nextSweepNanos;
  private long nextMissingScanNanos;
  /** Set when this node becomes the one that computes: the worker derives the lost queue first. */
  private volatile boolean recoverPending;
  private volatile boolean closed;
  private Thread worker;

  /**
   * @param refresh brings a stale or missing article's lists up to date
   * @param afterChange refreshes a changed article; returns the other articles whose lists may change with it
   * @param maxAge lists older than this are recomputed by the sweep
   * @param sweepEvery how often the sweep runs while the queue is empty
   * @param sweepBatch how many lists one sweep queues: sweepBatch / sweepEvery bounds the background load
   * @param computing whether this node computes the lists now (it holds the lease); asked before each
   *     round, so it must be cheap
   * @param lookEvery the longest the worker sleeps before asking again (the lease is renewed meanwhile)
   */
  RefreshQueue(LongConsumer refresh, LongFunction<Collection<Long>> afterChange, RelatedListStore lists, Clock clock,
      BooleanSupplier indexRebuilding, Duration maxAge, Duration sweepEvery, int sweepBatch, BooleanSupplier computing,
      Duration lookEvery) {
    this.computing = computing;
    this.lookEvery = lookEvery;
    this.refresh = refresh;
    this.afterChange = afterChange;
    this.lists = lists;
    this.clock = clock;
    this.indexRebuilding = indexRebuilding;
    this.maxAge = maxAge;
    this.sweepEvery = sweepEvery;
    this.sweepBatch = sweepBatch;
  }

  void addAll(Collection<Long> articleIds) {
    synchronized (lock) {
      queued.addAll(articleIds);
      lock.notifyAll();
    }
  }

  /** Queues articles that changed: each is refreshed, then the articles that may now list it are queued. */
  void addChanged(Collection<Long> articleIds) {
    synchronized (lock) {
      queued.addAll(articleIds);
      changed.addAll(articleIds);
      lock.notifyAll();
    }
  }

  int size() {
    synchronized (lock) {
      return queued.size();
    }
  }

  synchronized void start() {
    if (worker == null) {
      worker = Thread.ofPlatform().name("related-refresh").daemon(true).start(this::run);
    }
  }

  /** Refreshes everything queued in the calling thread, and waits for the worker's refresh in flight. */
  void drain() {
    while (true) {
      Queued next = take(false);
      if (next == null) {
        return;
      }
      process(next);
    }
  }

  /**
   * The queue lives in memory: a crash (or another node's) loses it. Asks the worker to queue again,
   * before its next refresh, what the database shows still to do ({@link RelatedListStore#needingRefresh}).
   * Articles queued only because a neighbour changed are not derivable; the daily sweep renews them.
   */
  void recoverLostWork() {
    recoverPending = true;
    synchronized (lock) {
      lock.notifyAll();
    }
  }

  /** Queues what a lost queue held, if asked; returns how many. */
  int recoverIfAsked() {
    if (!recoverPending) {
      return 0;
    }
    recoverPending = false;
    List<Long> ids = lists.needingRefresh();
    addAll(ids);
    if (!ids.isEmpty()) {
      log.info("{} articles need their related lists computed or refreshed; queued", ids.size());
    }
    return ids.size();
  }

  /** Queues a sweep's worth of stale or missing lists now; returns how many. */
  int sweep() {
    List<Long> stale = lists.computedBefore(clock.instant().minus(maxAge), sweepBatch);
    List<Long> missing = List.of();
    long now = System.nanoTime();
    if (stale.size() < sweepBatch && now - nextMissingScanNanos >= 0) {
      missing = lists.withoutLists(sweepBatch - stale.size());
      nextMissingScanNanos = missing.isEmpty() ? now + MISSING_SCAN_EVERY.toNanos() : now;
    }
    addAll(stale);
    addAll(missing);
    return stale.size() + missing.size();
  }

  private void run() {
    while (!closed) {
      try {
        if (indexRebuilding.getAsBoolean()) {
          waitFor(REBUILD_WAIT_MILLIS);
          continue;
        }
        if (!computing.getAsBoolean()) {
          // Another node computes; what is queued here waits, in case this node takes over again.
          waitFor(Math.max(1, lookEvery.toMillis()));
          continue;
        }
        recoverIfAsked();
        Queued next = take(true);
        if (next != null) {
          process(next);
        } else if (!closed && System.nanoTime() - nextSweepNanos >= 0) {
          nextSweepNanos = System.nanoTime() + sweepEvery.toNanos();
          sweep();
        }
      } catch (InterruptedException e) {
        return;
      } catch (RuntimeException e) {
        log.error("The related-lists sweep failed; it runs again in {}", sweepEvery, e);
      }
    }
  }

  private record Queued(long articleId, boolean changed) {}

  /** The next article to refresh, or null: at once when draining, after waiting up to the next sweep otherwise. */
  private Queued take(boolean worker) {
    synchronized (lock) {
      try {
        while (queued.isEmpty() && !worker && running > 0) {
          lock.wait();
        }
        if (queued.isEmpty() && worker) {
          long wait = Math.max(1, Math.min(lookEvery.toMillis(), (nextSweepNanos - System.nanoTime()) / 1_000_000));
          lock.wait(wait);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return null;
      }
      Iterator<Long> next = queued.iterator();
      if (!next.hasNext()) {
        return null;
      }
      Long id = next.next();
      next.remove();
      running++;
      return new Queued(id, changed.remove(id));
    }
  }

  private void process(Queued next) {
    long id = next.articleId();
    try {
      if (next.changed()) {
        addAll(afterChange.apply(id));
      } else {
        refresh.accept(id);
      }
    } catch (RuntimeException e) {
      log.warn("Refreshing the related lists of article {} failed; a later sweep will try again", id, e);
    } finally {
      synchronized (lock) {
        running--;
        lock.notifyAll();
      }
    }
  }

  private void waitFor(long millis) throws InterruptedException {
    synchronized (lock) {
      lock.wait(millis);
    }
  }

  /**
   * Stops the worker after the refresh in progress (interrupting it would cut a Lucene read or a
   * database write in the middle); interrupts it only if that takes longer than 10 seconds.
   */
  @Override
  public void close() {
    closed = true;
    Thread thread;
    synchronized (this) {
      thread = worker;
    }
    if (thread != null) {
      synchronized (lock) {
        lock.notifyAll();
      }
      try {
        thread.join(10_000);
        if (thread.isAlive()) {
          thread.interrupt();
          thread.join(5_000);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
