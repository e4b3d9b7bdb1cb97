package kiosque.related;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes the lists of many articles at once ({@code kiosque related}): after an import, the
 * background sweep's 3 a second would take hours. Several threads compute (the engine only reads
 * the index), and each stores its lists in batches, one transaction per batch. Each batch is
 * durable when stored, so a run cut short resumes where it stopped: the missing lists are what is
 * still to do, and with {@code all} the lists computed before the first run's start.
 *
 * <p>While it runs it holds the related-lists lease when it is free, so that no server computes
 * the same lists at the same time; when a server holds it, both compute, which is safe (storing
 * the same lists twice gives the same rows) and costs only the duplicated work.
 *
 * <p>{@link #stop()} (the command's SIGTERM or Ctrl-C) lets each thread store what it has computed
 * of its batch and end; {@link #run} returns only once every thread has ended, so the database is
 * never closed under a thread still writing (which logged a stack trace per list in flight).
 */
public final class BulkLists {

  private static final Logger log = LoggerFactory.getLogger(BulkLists.class);
  /** Articles per stored batch: a few hundred rows per transaction. */
  static final int BATCH = 50;

  /** What the command shows as it goes. */
  public interface Progress {
    void started(long total);

    void done(long count);

    Progress NONE = new Progress() {
      @Override
      public void started(long total) {}

      @Override
      public void done(long count) {}
    };
  }

  /**
   * @param computed lists computed and stored
   * @param changed of those, lists that differ from what was stored (announced to every node's page cache)
   * @param failed articles whose lists could not be computed (logged)
   * @param otherNode the node that held the lease and computed alongside, if any
   * @param stopped whether {@link #stop()} ended the run before every article was done
   */
  public record Outcome(long computed, long changed, long failed, Duration elapsed, Optional<String> otherNode,
      boolean stopped) {}

  private final ListRefresher refresher;
  private final RelatedListStore lists;
  private final ArticleStore articles;
  private final ListsLease lease;
  private final Clock clock;
  private volatile boolean stopRequested;
  /** Set when a stop left articles of the run undone. */
  private volatile boolean cutShort;

  BulkLists(ListRefresher refresher, RelatedListStore lists, ArticleStore articles, ListsLease lease, Clock clock) {
    this.refresher = refresher;
    this.lists = lists;
    this.articles = articles;
    this.lease = lease;
    this.clock = clock;
  }

  /** How many published articles have no stored lists: for the import's advice, without opening the index. */
  public static long missing(Jdbi jdbi) {
    return new RelatedListStore(jdbi).countWithoutLists();
  }

  /** Asks the run to end after each thread has stored the lists it has computed; returns at once. */
  public void stop() {
    stopRequested = true;
  }

  /**
   * Computes and stores lists with {@code threads} threads.
   *
   * @param all false: only articles without lists; true: also those whose lists were computed before {@code before}
   */
  public Outcome run(boolean all, Instant before, int threads, Progress progress) {
    long started = System.nanoTime();
    boolean held = lease.held();
    Optional<String> otherNode = held ? Optional.empty() : lease.holder();
    List<Long> ids = lists.publishedNeeding(!all, before);
    progress.started(ids.size());
    AtomicInteger next = new AtomicInteger();
    AtomicLong computed = new AtomicLong();
    AtomicLong changed = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads, Thread.ofPlatform().name("related-bulk-", 1).factory());
    log.info("Computing the related lists of {} articles on {} threads", ids.size(), threads);
    try {
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        workers.add(pool.submit(() -> {
          while (true) {
            if (stopRequested) {
              cutShort |= next.get() < ids.size();
              return;
            }
            int from = next.getAndAdd(BATCH);
            if (from >= ids.size()) {
              return;
            }
            if (held) {
              lease.held();
            }
            List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            Batch done = computeAndStore(batch);
            computed.addAndGet(done.stored);
            changed.addAndGet(done.changed);
            failed.addAndGet(done.failed);
            progress.done(computed.get() + failed.get());
          }
        }));
      }
      pool.shutdown();
      for (Future<?> worker : workers) {
        try {
          worker.get();
        } catch (java.util.concurrent.ExecutionException e) {
          // The others finish their batch and end: interrupting them could cut a write short.
          stop();
          awaitEnd(pool);
          throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
      }
    } catch (InterruptedException e) {
      stop();
      awaitEnd(pool);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      if (held) {
        lease.release();
      }
    }
    return new Outcome(computed.get(), changed.get(), failed.get(), Duration.ofNanos(System.nanoTime() - started),
        otherNode, cutShort);
  }

  private static void awaitEnd(ExecutorService pool) {
    pool.shutdown();
    boolean interrupted = Thread.interrupted();
    while (true) {
      try {
        if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private record Batch(int stored, int changed, int failed) {}

  private Batch computeAndStore(List<Long> ids) {
    Map<Long, ComputedLists> computed = new LinkedHashMap<>();
    int failed = 0;
    Map<Long, Overrides> chosen = refresher.overrides(ids);
    for (Article article : articles.findByIds(ids)) {
      if (stopRequested) {
        // What is computed is stored; the rest is still missing, found by the next run.
        cutShort = true;
        break;
      }
      if (!article.isPublished()) {
        continue;
      }
      try {
        computed.put(article.id(), refresher.compute(article, chosen.getOrDefault(article.id(), Overrides.NONE)));
      } catch (RuntimeException e) {
        failed++;
        log.warn("Computing the related lists of article {} failed", article.id(), e);
      }
    }
    Map<Long, List<RelatedListStore.Row>> before = lists.rows(computed.keySet());
    // A first computation counts as a change: the page showed something else until now.
    List<Long> changed = new ArrayList<>();
    Set<Long> sameRows = new HashSet<>();
    computed.forEach((id, computedLists) -> {
      List<RelatedListStore.Row> stored = before.get(id);
      List<RelatedListStore.Row> rows = RelatedListStore.rows(computedLists);
      if (stored == null || !itemIds(rows).equals(itemIds(stored))) {
        changed.add(id);
      } else if (rows.equals(stored)) {
        sameRows.add(id);
      }
    });
    lists.saveAll(computed, Set.copyOf(changed), clock.instant(), sameRows);
    refresher.announce(changed);
    return new Batch(computed.size(), changed.size(), failed);
  }

  private static List<String> itemIds(List<RelatedListStore.Row> rows) {
    return rows.stream().map(RelatedListStore.Row::itemId).toList();
  }
}
