package kiosque.newsroom.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for notifications and the few facts about articles and accounts deciding who is told. */
final class NotificationStore {

  private final Jdbi jdbi;

  NotificationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** The article's title and the account that created it (null for imported articles). */
  record ArticleFacts(String title, Long createdBy) {}

  static Optional<ArticleFacts> article(Handle h, long articleId) {
    return h.createQuery("select title, created_by from article where id = :id")
        .bind("id", articleId)
        .map((rs, ctx) -> new ArticleFacts(rs.getString("title"), (Long) rs.getObject("created_by", Long.class)))
        .findOne();
  }

  /** Enabled accounts and their roles, for choosing who reviews. */
  record Member(long id, String role) {}

  static List<Member> members(Handle h) {
    return h.createQuery("select id, role from account where disabled = false")
        .map((rs, ctx) -> new Member(rs.getLong("id"), rs.getString("role"))).list();
  }

  /** Who wrote notes on the article, for telling them of a new one. */
  static List<Long> noteAuthors(Handle h, long articleId) {
    return h.createQuery("select distinct account_id from article_note where article_id = :id and account_id is not null")
        .bind("id", articleId).mapTo(Long.class).list();
  }

  /** Whether an unread notification of this kind about this article waits for someone. */
  static boolean unreadOf(Handle h, NotificationKind kind, long articleId) {
    return h.createQuery("""
            select count(*) from notification where kind = :kind and article_id = :article and read_at is null
            """)
        .bind("kind", kind.code()).bind("article", articleId).mapTo(Integer.class).one() > 0;
  }

  static void insert(Handle h, long accountId, NotificationKind kind, long articleId, String title, String actor,
      String detail, Instant at) {
    h.createUpdate("""
            insert into notification (account_id, created_at, kind, article_id, article_title, actor_name, detail)
            values (:account, :at, :kind, :article, :title, :actor, :detail)
            """)
        .bind("account", accountId)
        .bind("at", at.atOffset(ZoneOffset.UTC))
        .bind("kind", kind.code())
        .bind("article", articleId)
        .bind("title", title == null ? "" : title)
        .bind("actor", actor == null ? "" : actor)
        .bind("detail", detail == null ? "" : detail.length() > 4000 ? detail.substring(0, 4000) : detail)
        .execute();
  }

  int unread(long accountId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select count(*) from notification where account_id = :account and read_at is null")
        .bind("account", accountId).mapTo(Integer.class).one());
  }

  List<Notification> latest(long accountId, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select id, kind, article_id, article_title, actor_name, detail, created_at, read_at
            from notification where account_id = :account order by id desc limit :limit
            """)
        .bind("account", accountId)
        .bind("limit", limit)
        .map((rs, ctx) -> new Notification(rs.getLong("id"), NotificationKind.fromCode(rs.getString("kind")),
            (Long) rs.getObject("article_id", Long.class), rs.getString("article_title"), rs.getString("actor_name"),
            rs.getString("detail"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
            rs.getObject("read_at", OffsetDateTime.class) != null))
        .list());
  }

  /** Marks one of the account's own notifications read; another's id changes nothing. */
  int markRead(long accountId, long id, Instant at) {
    return jdbi.withHandle(h -> h.createUpdate("""
            update notification set read_at = :at where id = :id and account_id = :account and read_at is null
            """)
        .bind("at", at.atOffset(ZoneOffset.UTC)).bind("id", id).bind("account", accountId).execute());
  }

  int markAllRead(long accountId, Instant at) {
    return jdbi.withHandle(h -> h.createUpdate(
            "update notification set read_at = :at where account_id = :account and read_at is null")
        .bind("at", at.atOffset(ZoneOffset.UTC)).bind("account", accountId).execute());
  }
}
