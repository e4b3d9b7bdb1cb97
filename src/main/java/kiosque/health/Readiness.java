package kiosque.health;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import kiosque.changes.ChangeFeed;
import kiosque.changes.ChangeLog;
import kiosque.db.Database;
import kiosque.search.SearchIndexFollower;
import kiosque.search.SearchService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether this node should get readers' traffic: its database answers and has every migration
 * of this build, and its search index is neither rebuilding nor more than {@value #MAX_SEARCH_LAG}
 * changes behind the log (a burst of saves must not take every node out of the load balancer at
 * once; a node that restarted far behind stays out until it caught up). Two small queries.
 */
public final class Readiness {

  static final long MAX_SEARCH_LAG = 100;

  private static final Logger log = LoggerFactory.getLogger(Readiness.class);

  /** Ready, or the reasons it is not, each for the person reading a probe's output. */
  public record State(List<String> reasons) {
    public boolean ready() {
      return reasons.isEmpty();
    }
  }

  private final Supplier<List<String>> missingMigrations;
  private final LongSupplier logHead;
  private final BooleanSupplier rebuilding;
  private final LongSupplier searchPosition;

  Readiness(Supplier<List<String>> missingMigrations, LongSupplier logHead, BooleanSupplier rebuilding,
      LongSupplier searchPosition) {
    this.missingMigrations = missingMigrations;
    this.logHead = logHead;
    this.rebuilding = rebuilding;
    this.searchPosition = searchPosition;
  }

  /** Over this node's parts; the search index's place is its follower's in the change feed. */
  public static Readiness of(Database database, ChangeLog changeLog, ChangeFeed feed, SearchService search) {
    return new Readiness(database::missingMigrations, changeLog::head, search::isRebuilding,
        () -> feed.positions().getOrDefault(SearchIndexFollower.NAME, 0L));
  }

  public State check() {
    List<String> reasons = new ArrayList<>();
    long head;
    try {
      List<String> missing = missingMigrations.get();
      if (!missing.isEmpty()) {
        reasons.add("database migrations not applied: " + String.join(", ", missing));
      }
      head = logHead.getAsLong();
    } catch (RuntimeException e) {
      // The probe's answer is the report (503); the cause goes to the log, not to whoever asks.
      log.warn("Not ready: the database does not answer ({})", e.toString());
      return new State(List.of("database unreachable"));
    }
    if (rebuilding.getAsBoolean()) {
      reasons.add("search index rebuilding");
    } else {
      long behind = head - searchPosition.getAsLong();
      if (behind > MAX_SEARCH_LAG) {
        reasons.add("search index " + behind + " changes behind the log");
      }
    }
    return new State(List.copyOf(reasons));
  }
}
