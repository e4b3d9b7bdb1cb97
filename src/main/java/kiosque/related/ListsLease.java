package kiosque.related;

import java.time.Duration;
import java.util.Optional;
import kiosque.cluster.Leases;
import kiosque.config.SettingDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which node computes the related lists: the one holding the lease {@value #NAME}. Its follower and
 * background queue compute; the other nodes' stand aside and read the stored lists. The holder
 * renews the lease each time a third of it has passed; another node looks every sixth of it, and
 * takes over once the holder has let it expire (a node that died) or given it up (a node stopped).
 *
 * <p>{@link #held()} is what the computing side asks before each round of work; it touches the
 * database only when a renewal or a new attempt is due, so asking often is cheap.
 */
final class ListsLease {

  static final String NAME = "related-lists";
  static final SettingDefinition LENGTH = new SettingDefinition("kiosque.related.lease", "KIOSQUE_RELATED_LEASE",
      "30", "Seconds of the lease by which one node of several computes the related lists; another node takes "
      + "over within about this long when it dies.");

  private static final Logger log = LoggerFactory.getLogger(ListsLease.class);

  private final Leases leases;
  private final Duration length;
  private Runnable onAcquired = () -> {};
  private boolean held;
  private long nextAttemptNanos = System.nanoTime();

  ListsLease(Leases leases, Duration length) {
    this.leases = leases;
    this.length = length;
  }

  /** Runs (outside this lease's lock) each time this node becomes the one that computes. */
  void onAcquired(Runnable action) {
    this.onAcquired = action;
  }

  /** Whether this node computes the lists now; takes or renews the lease when an attempt is due. */
  boolean held() {
    boolean acquired;
    synchronized (this) {
      long now = System.nanoTime();
      if (now - nextAttemptNanos < 0) {
        return held;
      }
      boolean before = held;
      try {
        held = leases.tryHold(NAME, length);
      } catch (RuntimeException e) {
        // Without the database this node cannot know: it stops computing until it can renew.
        log.warn("Cannot renew the related-lists lease; this node stops computing the lists for now", e);
        held = false;
      }
      nextAttemptNanos = now + (held ? length.dividedBy(3) : checkEvery()).toNanos();
      acquired = held && !before;
      if (before && !held) {
        log.info("Another node computes the related lists now ({})", leases.holder(NAME).orElse("nobody"));
      }
    }
    if (acquired) {
      log.info("This node ({}) computes the related lists", leases.node());
      onAcquired.run();
    }
    return acquired || heldNow();
  }

  private synchronized boolean heldNow() {
    return held;
  }

  /** How often a node that does not hold the lease looks again, and the longest a worker may sleep. */
  Duration checkEvery() {
    return length.dividedBy(6);
  }

  /** Gives the lease up (this node stops), so that another node takes over at its next look. */
  synchronized void release() {
    if (held) {
      held = false;
      try {
        leases.release(NAME);
      } catch (RuntimeException e) {
        log.warn("Cannot give up the related-lists lease; another node takes over when it expires", e);
      }
    }
  }

  /** The node computing the lists now, if any. */
  Optional<String> holder() {
    return leases.holder(NAME);
  }

  String node() {
    return leases.node();
  }
}
