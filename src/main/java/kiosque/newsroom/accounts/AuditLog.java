package kiosque.newsroom.accounts;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** Who did what, when, from where. Rows are only ever added. */
public final class AuditLog {

  /** One line of the log. */
  public record Event(Instant at, String actor, String action, String target, String address) {}

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
    return jdbi.withHandle(h -> h.createQuery("""
            select at, actor, action, target, address from audit_event order by id desc limit :limit offset :offset
            """)
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> new Event(rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("actor"),
            rs.getString("action"), rs.getString("target"), rs.getString("address")))
        .list());
  }
}
