package kiosque.cdn;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL of the CDN purge: its place in the change log, the queue of keys, each CDN's place in the queue. */
final class PurgeStore {

  record Cursor(long seq, String sections) {}

  record QueuedKey(long id, String key) {}

  private final Jdbi jdbi;

  PurgeStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The cursor, locked until the transaction ends (two holders overlapping a moment wait for each other). */
  Optional<Cursor> cursor(Handle h) {
    return h.createQuery("select seq, sections from cdn_purge_cursor where id = 1 for update")
        .map((rs, ctx) -> new Cursor(rs.getLong("seq"), rs.getString("sections"))).findOne();
  }

  void startCursor(Handle h, long seq, String sections) {
    h.createUpdate("""
            insert into cdn_purge_cursor (id, seq, sections)
            select 1, :seq, :sections where not exists (select 1 from cdn_purge_cursor where id = 1)""")
        .bind("seq", seq).bind("sections", sections).execute();
  }

  void moveCursor(Handle h, long seq, String sections) {
    h.createUpdate("update cdn_purge_cursor set seq = :seq, sections = :sections where id = 1")
        .bind("seq", seq).bind("sections", sections).execute();
  }

  /** The last change turned into keys, if purging ever ran. */
  Optional<Long> cursorPosition() {
    return jdbi.withHandle(h -> h.createQuery("select seq from cdn_purge_cursor where id = 1").mapTo(Long.class)
        .findOne());
  }

  Map<Long, Set<String>> listed(Handle h, Collection<Long> articleIds) {
    Map<Long, Set<String>> listed = new HashMap<>();
    if (articleIds.isEmpty()) {
      return listed;
    }
    h.createQuery("select article_id, listing_keys from cdn_listed where article_id in (<ids>)")
        .bindList("ids", List.copyOf(articleIds))
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(e -> listed.put(e.getKey(), new LinkedHashSet<>(Arrays.asList(e.getValue().split(" ")))));
    return listed;
  }

  /** Replaces where these articles are listed; an empty set forgets the article. */
  void setListed(Handle h, Map<Long, Set<String>> listed) {
    if (listed.isEmpty()) {
      return;
    }
    h.createUpdate("delete from cdn_listed where article_id in (<ids>)").bindList("ids", List.copyOf(listed.keySet()))
        .execute();
    var insert = h.prepareBatch("insert into cdn_listed (article_id, listing_keys) values (:id, :keys)");
    int rows = 0;
    for (Map.Entry<Long, Set<String>> e : listed.entrySet()) {
      if (!e.getValue().isEmpty()) {
        insert.bind("id", e.getKey()).bind("keys", String.join(" ", e.getValue())).add();
        rows++;
      }
    }
    if (rows > 0) {
      insert.execute();
    }
  }

  void queue(Handle h, Collection<String> keys, Instant at) {
    if (keys.isEmpty()) {
      return;
    }
    var insert = h.prepareBatch("insert into cdn_purge_key (purge_key, queued_at) values (:key, :at)");
    for (String key : keys) {
      insert.bind("key", key).bind("at", at.atOffset(ZoneOffset.UTC)).add();
    }
    insert.execute();
  }

  /** Where the CDN got to; a CDN seen for the first time starts at the end of the queue. */
  long lastSent(String target) {
    return jdbi.inTransaction(h -> {
      Optional<Long> last = place(h, target);
      if (last.isPresent()) {
        return last.get();
      }
      long end = h.createQuery("select coalesce(max(id), 0) from cdn_purge_key").mapTo(Long.class).one();
      h.createUpdate("insert into cdn_purge_sent (target, last_id) values (:target, :last)")
          .bind("target", target).bind("last", end).execute();
      return end;
    });
  }

  /** Where the CDN got to, if it has a place yet. */
  Optional<Long> place(String target) {
    return jdbi.withHandle(h -> place(h, target));
  }

  private static Optional<Long> place(Handle h, String target) {
    return h.createQuery("select last_id from cdn_purge_sent where target = :target")
        .bind("target", target).mapTo(Long.class).findOne();
  }

  List<QueuedKey> after(long id, int limit) {
    return jdbi.withHandle(h -> h.createQuery(
            "select id, purge_key from cdn_purge_key where id > :id order by id limit :limit")
        .bind("id", id).bind("limit", limit)
        .map((rs, ctx) -> new QueuedKey(rs.getLong(1), rs.getString(2))).list());
  }

  void sent(String target, long lastId) {
    jdbi.useHandle(h -> h.createUpdate("update cdn_purge_sent set last_id = :last where target = :target and last_id < :last")
        .bind("target", target).bind("last", lastId).execute());
  }

  /** Keys waiting for this CDN (0 for one never seen). */
  long pending(String target) {
    return jdbi.withHandle(h -> h.createQuery("""
            select count(*) from cdn_purge_key k join cdn_purge_sent s on k.id > s.last_id where s.target = :target""")
        .bind("target", target).mapTo(Long.class).one());
  }

  /** Drops the places of CDNs no longer configured, then the keys every configured CDN has. */
  void forgetSent(Collection<String> targets) {
    jdbi.useTransaction(h -> {
      h.createUpdate("delete from cdn_purge_sent where target not in (<targets>)").bindList("targets", List.copyOf(targets))
          .execute();
      h.createUpdate("""
              delete from cdn_purge_key
              where id <= (select coalesce(min(last_id), 0) from cdn_purge_sent where target in (<targets>))""")
          .bindList("targets", List.copyOf(targets)).execute();
    });
  }
}
