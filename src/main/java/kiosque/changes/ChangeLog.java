package kiosque.changes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The write side of the change log: every content change appends here, with the caller's handle,
 * so the row commits or rolls back with the change itself. After the commit the caller calls
 * {@link #signal()} to wake this node's followers without waiting for the next poll. On
 * PostgreSQL the append also sends {@code NOTIFY kiosque_changes}, which the server delivers to
 * every node's {@link ChangeListener} when (and only if) the transaction commits.
 */
public final class ChangeLog {

  /** The PostgreSQL channel every node listens on. */
  public static final String CHANNEL = "kiosque_changes";
  /** The article id of a change that is about no article ({@link ChangeKind#FRONT_PAGE}, {@link ChangeKind#FRAME}). */
  public static final long NO_ARTICLE = 0;

  private final Jdbi jdbi;
  private final Clock clock;
  private final boolean notifyOtherNodes;
  private volatile Runnable wakeUp = () -> {};

  /** @param notifyOtherNodes whether to NOTIFY {@link #CHANNEL} (PostgreSQL only) */
  public ChangeLog(Jdbi jdbi, Clock clock, boolean notifyOtherNodes) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.notifyOtherNodes = notifyOtherNodes;
  }

  public void append(Handle handle, long articleId, ChangeKind kind) {
    // Held until commit: numbers are taken in commit order (see V500__change_log_order.sql).
    handle.createUpdate("update content_change_order set appended = appended + 1 where id = 1").execute();
    handle.createUpdate("insert into content_change (article_id, kind, changed_at) values (:article, :kind, :at)")
        .bind("article", articleId)
        .bind("kind", kind.code())
        .bind("at", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
        .execute();
    if (notifyOtherNodes) {
      // PostgreSQL folds identical notifications of one transaction into one.
      handle.execute("notify " + CHANNEL);
    }
  }

  /** Wakes the followers of this process; other nodes learn of the change by their own means. */
  public void signal() {
    wakeUp.run();
  }

  void onSignal(Runnable listener) {
    this.wakeUp = listener;
  }

  /** Changes after {@code seq}, oldest first, at most {@code limit}. */
  public List<Change> after(long seq, int limit) {
    return jdbi.withHandle(h -> h.createQuery(
            "select seq, article_id, kind, changed_at from content_change where seq > :seq order by seq limit :limit")
        .bind("seq", seq)
        .bind("limit", limit)
        .map((rs, ctx) -> new Change(rs.getLong("seq"), rs.getLong("article_id"),
            ChangeKind.fromCode(rs.getString("kind")),
            rs.getObject("changed_at", OffsetDateTime.class).toInstant()))
        .list());
  }

  /** The newest sequence number, 0 when the log is empty. */
  public long head() {
    return jdbi.withHandle(h -> h.createQuery("select coalesce(max(seq), 0) from content_change")
        .mapTo(Long.class).one());
  }
}
