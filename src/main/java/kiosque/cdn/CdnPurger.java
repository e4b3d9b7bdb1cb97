package kiosque.cdn;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosque.background.WakeableLoop;
import kiosque.cache.PurgeKeys;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeLog;
import kiosque.cluster.Leases;
import kiosque.config.SettingsSource;
import kiosque.content.ArticleStore;
import kiosque.content.TaxonomyStore;
import kiosque.web.CacheKeys;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges the configured CDNs by {@code Surrogate-Key} when content changes, from one node at a
 * time: the holder of the lease {@value #LEASE}. Each round, in its own thread (a save never waits
 * for a CDN), it turns the new changes of the log into keys with {@link PurgeKeys} (one rule for
 * the page cache and the CDN) and queues them in the database in one transaction with its place in
 * the log, then sends each CDN the keys it has not had, de-duplicated, in requests of at most 256
 * keys and 4,000 characters. A CDN that fails keeps its place and is tried again after 1, 2, 4 ...
 * seconds up to {@code kiosque.cdn.retry.max}; a node that dies hands the lease, and the queue, to
 * another within {@link #LEASE_LENGTH}. Purging a key twice is harmless: nothing here tries to
 * send exactly once, only at least once.
 *
 * <p>With {@code kiosque.cdn.purge.again} set, each CDN gets every purge a second time that long
 * after the first: the CDN may have refetched a changed page, between the first purge and the
 * moment another node's page cache followed the change log, from that node's stale copy, and would
 * otherwise keep it for its whole lifetime. The second purges are kept in memory only (a node that
 * stops loses them: they are a safety net, not the record).
 */
public final class CdnPurger implements AutoCloseable {

  public static final String LEASE = "cdn-purge";
  static final Duration LEASE_LENGTH = Duration.ofSeconds(30);
  private static final Duration POLL = Duration.ofSeconds(1);
  private static final int CHANGES_PER_ROUND = 500;
  private static final int KEYS_PER_ROUND = 5_000;
  /** Keys waiting for their second purge, all CDNs together: beyond this a burst is purged once. */
  private static final int MAX_KEYS_AGAIN = 100_000;

  private static final Logger log = LoggerFactory.getLogger(CdnPurger.class);

  private final Jdbi jdbi;
  private final PurgeStore store;
  private final ChangeLog changeLog;
  private final TaxonomyStore taxonomy;
  private final PurgeKeys purgeKeys;
  private final Leases leases;
  private final Clock clock;
  private final List<PurgeTarget> targets;
  private final Duration maxRetryDelay;
  private final Map<String, Retry> retries = new HashMap<>();
  private final Duration purgeAgainAfter;
  /** Keys confirmed once, by CDN, oldest first, waiting for their second purge (under roundLock). */
  private final Map<String, ArrayDeque<Again>> again = new HashMap<>();
  private int keysAgain;
  private final Object roundLock = new Object();
  private final WakeableLoop loop = new WakeableLoop("cdn-purge", this::loopRound, POLL);
  private volatile boolean holding;

  /** A failing CDN: how often in a row, and not before when (monotonic nanoseconds: real waiting, not content time). */
  private record Retry(int failures, long notBeforeNanos) {}

  /** Keys to purge again from {@code dueNanos} (monotonic). */
  private record Again(long dueNanos, List<String> keys) {}

  CdnPurger(Jdbi jdbi, ChangeLog changeLog, ArticleStore articles, TaxonomyStore taxonomy, ZoneId zone, Leases leases,
      Clock clock, List<PurgeTarget> targets, Duration maxRetryDelay, Duration purgeAgainAfter) {
    this.jdbi = jdbi;
    this.store = new PurgeStore(jdbi);
    this.changeLog = changeLog;
    this.taxonomy = taxonomy;
    this.purgeKeys = new PurgeKeys(articles, zone);
    this.leases = leases;
    this.clock = clock;
    this.targets = targets;
    this.maxRetryDelay = maxRetryDelay;
    this.purgeAgainAfter = purgeAgainAfter;
  }

  /** The purger the settings ask for; empty when no CDN is configured. */
  public static Optional<CdnPurger> configured(SettingsSource settings, Jdbi jdbi, ChangeLog changeLog,
      ArticleStore articles, TaxonomyStore taxonomy, ZoneId zone, Leases leases, Clock clock) {
    CdnSettings cdn = CdnSettings.from(settings);
    HttpClient http = HttpClient.newBuilder().connectTimeout(PurgeTarget.TIMEOUT)
        .followRedirects(HttpClient.Redirect.NEVER).build();
    List<PurgeTarget> targets = cdn.targets(http);
    if (targets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CdnPurger(jdbi, changeLog, articles, taxonomy, zone, leases, clock, targets,
        cdn.maxRetryDelay(), cdn.purgeAgainAfter()));
  }

  /** Register with the change feed: it only wakes the purger, which reads the log at its own durable place. */
  public ChangeFollower waker() {
    long start = changeLog.head();
    return new ChangeFollower() {
      @Override
      public String name() {
        return "cdn-purge-wake-up";
      }

      @Override
      public long position() {
        return start;
      }

      @Override
      public void apply(List<Change> changes) {
        loop.wake();
      }
    };
  }

  public void start() {
    startCursor();
    log.info("CDN purge configured for {}; the node holding the lease '{}' sends it", targets, LEASE);
    loop.start();
  }

  /**
   * Purging starts from the head of the log the first time it runs: a CDN that held pages before
   * has only their lifetimes to go by. Done before the first round so that no change made after
   * this node started is skipped.
   */
  private void startCursor() {
    try {
      String sections = PurgeKeys.sectionsFingerprint(taxonomy.sections());
      jdbi.useTransaction(h -> store.startCursor(h, changeLog.head(), sections));
    } catch (RuntimeException e) {
      // Another node starting at the same moment may have inserted the cursor between our check
      // and our insert: then it is there now. Anything else is a real failure.
      if (store.cursorPosition().isEmpty()) {
        throw e;
      }
      log.debug("Another node started the CDN purge cursor at the same moment: {}", e.getMessage());
    }
    // Each CDN's place too, before anything is queued: a CDN seen for the first time starts at the
    // end of the queue, and keys queued by this node's first round must not count as before it.
    for (PurgeTarget target : targets) {
      try {
        store.lastSent(target.name());
      } catch (RuntimeException e) {
        // The same race for the CDN's place: another node's row is there now, or this is a failure.
        if (store.place(target.name()).isEmpty()) {
          throw e;
        }
        log.debug("Another node placed {} at the same moment: {}", target, e.getMessage());
      }
    }
  }

  /** At once again while work is waiting (a backlog), otherwise at the next poll, second purge or wake-up. */
  private Duration loopRound() {
    if (round()) {
      return Duration.ZERO;
    }
    synchronized (roundLock) {
      long now = System.nanoTime();
      Duration sleep = POLL;
      for (Map.Entry<String, ArrayDeque<Again>> waiting : again.entrySet()) {
        if (!waiting.getValue().isEmpty()) {
          // A failing CDN's second purges wait for its next try, like its first ones.
          Retry retry = retries.get(waiting.getKey());
          long due = waiting.getValue().peekFirst().dueNanos();
          long ready = retry != null && retry.notBeforeNanos() - due > 0 ? retry.notBeforeNanos() : due;
          Duration untilReady = Duration.ofNanos(Math.max(0, ready - now));
          sleep = untilReady.compareTo(sleep) < 0 ? untilReady : sleep;
        }
      }
      return sleep;
    }
  }

  /**
   * One round in the calling thread (the purge thread; tests): takes or renews the lease, queues the
   * keys of new changes, sends each CDN what it lacks. Returns whether more work is waiting now.
   */
  public boolean round() {
    synchronized (roundLock) {
      holding = leases.tryHold(LEASE, LEASE_LENGTH);
      if (!holding) {
        // Another node sends now, second purges included.
        again.clear();
        keysAgain = 0;
        return false;
      }
      boolean more = queueChanges();
      for (PurgeTarget target : targets) {
        sendAgain(target);
        more |= send(target);
      }
      store.forgetSent(targets.stream().map(PurgeTarget::name).toList());
      return more;
    }
  }

  /** Turns the changes after the cursor into queued keys, in one transaction with the cursor's move. */
  private boolean queueChanges() {
    String sections = PurgeKeys.sectionsFingerprint(taxonomy.sections());
    return jdbi.inTransaction(h -> {
      Optional<PurgeStore.Cursor> cursor = store.cursor(h);
      if (cursor.isEmpty()) {
        store.startCursor(h, changeLog.head(), sections);
        return false;
      }
      List<Change> changes = changeLog.after(cursor.get().seq(), CHANGES_PER_ROUND);
      Set<String> keys = new LinkedHashSet<>();
      if (!sections.equals(cursor.get().sections())) {
        keys.add(CacheKeys.ALL);
      }
      if (changes.isEmpty() && keys.isEmpty()) {
        return false;
      }
      Map<Long, Set<String>> listed = store.listed(h, changes.stream().map(Change::articleId).toList());
      Map<Long, Set<String>> listedNow = new LinkedHashMap<>();
      for (Change change : changes) {
        PurgeKeys.Purge purge = purgeKeys.of(change, listed.getOrDefault(change.articleId(), Set.of()));
        keys.addAll(purge.keys());
        listed.put(change.articleId(), purge.listedNow());
        listedNow.put(change.articleId(), purge.listedNow());
      }
      store.setListed(h, listedNow);
      store.queue(h, keys, clock.instant());
      store.moveCursor(h, changes.isEmpty() ? cursor.get().seq() : changes.getLast().seq(), sections);
      log.debug("Changes after {} queued {} CDN keys", cursor.get().seq(), keys.size());
      return changes.size() == CHANGES_PER_ROUND;
    });
  }

  /** Sends one CDN the keys it has not had; returns whether more are waiting for it. */
  private boolean send(PurgeTarget target) {
    Retry retry = retries.get(target.name());
    if (retry != null && System.nanoTime() - retry.notBeforeNanos() < 0) {
      return false;
    }
    long last = store.lastSent(target.name());
    List<PurgeStore.QueuedKey> queued = store.after(last, KEYS_PER_ROUND);
    if (queued.isEmpty()) {
      return false;
    }
    List<String> keys = new ArrayList<>(queued.size());
    queued.forEach(q -> keys.add(q.key()));
    List<List<String>> requests = KeyBatches.of(keys, PurgeTarget.MAX_KEYS, PurgeTarget.MAX_HEADER_CHARS);
    try {
      for (List<String> request : requests) {
        target.purge(request);
      }
    } catch (PurgeFailedException e) {
      failed(target, retry, e);
      return false;
    }
    store.sent(target.name(), queued.getLast().id());
    purgeAgainLater(target, keys);
    if (retry != null) {
      retries.remove(target.name());
      log.info("CDN purge to {} works again after {} failed tries", target, retry.failures());
    }
    log.debug("Purged on {}: {}", target, requests);
    return queued.size() == KEYS_PER_ROUND;
  }

  private void purgeAgainLater(PurgeTarget target, List<String> keys) {
    if (purgeAgainAfter.isZero()) {
      return;
    }
    if (keysAgain + keys.size() > MAX_KEYS_AGAIN) {
      log.debug("{} keys already wait for their second purge: {} purged once only", keysAgain, keys.size());
      return;
    }
    again.computeIfAbsent(target.name(), name -> new ArrayDeque<>())
        .addLast(new Again(System.nanoTime() + purgeAgainAfter.toNanos(), List.copyOf(keys)));
    keysAgain += keys.size();
  }

  /** Sends one CDN the second purges that are due; on failure they wait with the CDN's retry. */
  private void sendAgain(PurgeTarget target) {
    ArrayDeque<Again> waiting = again.get(target.name());
    Retry retry = retries.get(target.name());
    if (waiting == null || waiting.isEmpty() || (retry != null && System.nanoTime() - retry.notBeforeNanos() < 0)) {
      return;
    }
    long now = System.nanoTime();
    List<Again> due = new ArrayList<>();
    while (!waiting.isEmpty() && now - waiting.peekFirst().dueNanos() >= 0) {
      due.add(waiting.pollFirst());
    }
    if (due.isEmpty()) {
      return;
    }
    Set<String> keys = new LinkedHashSet<>();
    due.forEach(d -> keys.addAll(d.keys()));
    try {
      for (List<String> request : KeyBatches.of(keys, PurgeTarget.MAX_KEYS, PurgeTarget.MAX_HEADER_CHARS)) {
        target.purge(request);
      }
    } catch (PurgeFailedException e) {
      due.reversed().forEach(waiting::addFirst);
      failed(target, retry, e);
      return;
    }
    due.forEach(d -> keysAgain -= d.keys().size());
    log.debug("Purged again on {}: {}", target, keys);
  }

  private void failed(PurgeTarget target, Retry previous, PurgeFailedException e) {
    int failures = previous == null ? 1 : previous.failures() + 1;
    long delaySeconds = Math.min(maxRetryDelay.toSeconds(), 1L << Math.min(failures - 1, 20));
    retries.put(target.name(), new Retry(failures, System.nanoTime() + Duration.ofSeconds(delaySeconds).toNanos()));
    log.warn("CDN purge to {} failed ({}); {} queued keys wait for it, next try in {} s (failure {} in a row)", target,
        e.getMessage(), store.pending(target.name()), delaySeconds, failures);
  }

  /** Whether this node held the lease at its last round. */
  public boolean holding() {
    return holding;
  }

  /** The node holding the purge lease now, if any. */
  public Optional<String> holder() {
    return leases.holder(LEASE);
  }

  /** Keys waiting for each CDN. */
  public Map<String, Long> pending() {
    Map<String, Long> pending = new LinkedHashMap<>();
    targets.forEach(t -> pending.put(t.name(), store.pending(t.name())));
    return pending;
  }

  /** Keys this node has purged once and will purge again ({@code kiosque.cdn.purge.again}). */
  int keysToPurgeAgain() {
    synchronized (roundLock) {
      return keysAgain;
    }
  }

  /** Changes of the log not yet turned into keys. */
  public long changesBehind() {
    return store.cursorPosition().map(seq -> Math.max(0, changeLog.head() - seq)).orElse(0L);
  }

  @Override
  public void close() {
    loop.close();
    // Waits for a round in progress (it renews the lease), then hands the lease on at once
    // instead of letting another node wait for it to expire.
    synchronized (roundLock) {
      if (holding) {
        try {
          leases.release(LEASE);
          holding = false;
        } catch (RuntimeException e) {
          // Closing goes on (the node is stopping); the lease expires by itself, later.
          log.warn("Could not release the lease {}: another node takes over when it expires, within {} s ({})",
              LEASE, LEASE_LENGTH.toSeconds(), e.toString());
        }
      }
    }
  }
}
