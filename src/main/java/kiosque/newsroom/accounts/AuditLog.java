package kiosque.newsroom.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Who did what, when, from where. Rows are only ever added. */
public final class AuditLog {

  /**
   * One line of the log.
   *
   * @param actor as recorded (the account's address, or the operator's)
   * @param actorName the account's display name today, or {@code actor} when there is no account
   */
  public record Event(Instant at, String actor, String action, String target, String address, String actorName) {}

  private final Jdbi jdbi;
  private final Clock clock;

  public AuditLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  public void record(Actor actor, String action, String target) {
    jdbi.useHandle(h -> h.createUpdate("""
            insert into audit_event (at, account_id, actor, action, target, address)
            values (:at, :account, :actor, :action, :target, :address)
            """)
        .bind("at", clock.instant().atOffset(ZoneOffset.UTC))
        .bind("account", actor.accountId())
        .bind("actor", actor.name())
        .bind("action", action)
        .bind("target", target == null ? "" : truncate(target))
        .bind("address", actor.address() == null ? "" : truncate(actor.address()))
        .execute());
  }

  private static String truncate(String value) {
    return value.length() > 500 ? value.substring(0, 500) : value;
  }

  /** The newest events first. */
  public List<Event> latest(int limit, int offset) {
    return latest(limit, offset, null, null);
  }

  /**
   * The newest events first, of one account ({@code accountId}) and one action code
   * ({@code action}) when given; the actor is the account's current display name when it has one.
   */
  public List<Event> latest(int limit, int offset, Long accountId, String action) {
    String where = (accountId == null ? "" : " and e.account_id = :account") + (action == null ? "" : " and e.action = :action");
    return jdbi.withHandle(h -> {
      var query = h.createQuery("""
              select e.at, e.actor, coalesce(a.display_name, e.actor) as actor_name, e.action, e.target, e.address
              from audit_event e left join account a on a.id = e.account_id
              where 1 = 1""" + where + """
               order by e.id desc limit :limit offset :offset
              """)
          .bind("limit", limit)
          .bind("offset", offset);
      if (accountId != null) {
        query.bind("account", accountId);
      }
      if (action != null) {
        query.bind("action", action);
      }
      return query.map((rs, ctx) -> new Event(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
              rs.getString("action"), rs.getString("target"), rs.getString("address"), rs.getString("actor_name")))
          .list();
    });
  }
}
