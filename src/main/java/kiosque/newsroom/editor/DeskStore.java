package kiosque.newsroom.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kiosque.content.ArticleStatus;
import kiosque.content.NameKeys;
import org.jdbi.v3.core.Jdbi;

/** SQL for the newsroom's lists: the dashboard, the article list, the topic type-ahead. */
public final class DeskStore {

  /** An article as a newsroom list shows it. */
  public record Row(long id, String title, ArticleStatus status, Instant publishedAt, Instant updatedAt,
      String createdBy, String pendingState, String lastEditor) {}

  private static final String SELECT = """
      select a.id, a.title, a.status, a.published_at, a.updated_at, coalesce(c.display_name, '') as created_by_name,
             p.state as pending_state,
             (select coalesce(ea.display_name, '') from article_revision r left join account ea on ea.id = r.account_id
              where r.article_id = a.id order by r.id desc limit 1) as last_editor
      from article a
      left join account c on c.id = a.created_by
      left join article_pending p on p.article_id = a.id
      """;

  private final Jdbi jdbi;

  public DeskStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public List<Row> drafts(long accountId, int limit) {
    return list("where a.created_by = :account and a.status = 'draft' order by a.updated_at desc", accountId, limit);
  }

  /** Articles in review, and live articles whose pending revision is in review. */
  public List<Row> waitingForReview(int limit) {
    return list("where a.status = 'in_review' or p.state = 'in_review' order by a.updated_at", 0, limit);
  }

  public List<Row> scheduled(int limit) {
    return list("where a.status = 'scheduled' order by a.published_at", 0, limit);
  }

  public List<Row> recentlyPublished(int limit) {
    return list("where a.status = 'published' order by a.published_at desc", 0, limit);
  }

  /** Articles whose latest revision is someone else's, newest first. */
  public List<Row> editedByOthers(long accountId, int limit) {
    return list("""
        where exists (select 1 from article_revision r where r.article_id = a.id
                      and r.id = (select max(id) from article_revision where article_id = a.id)
                      and r.account_id <> :account)
        order by a.updated_at desc
        """, accountId, limit);
  }

  /** All articles, or those with one status, most recently changed first. */
  public List<Row> all(ArticleStatus status, int limit, int offset) {
    String filter = status == null ? "" : "where a.status = :status ";
    return jdbi.withHandle(h -> h.createQuery(SELECT + filter + "order by a.updated_at desc, a.id desc limit :limit offset :offset")
        .bind("status", status == null ? null : status.code())
        .bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> map(rs)).list());
  }

  private List<Row> list(String where, long accountId, int limit) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + where + " limit :limit")
        .bind("account", accountId).bind("limit", limit)
        .map((rs, ctx) -> map(rs)).list());
  }

  /** Topic names starting with what was typed (accents and case ignored), then containing it. */
  public List<String> topicsMatching(String typed, int limit) {
    String key = NameKeys.of(typed == null ? "" : typed).replace("%", "").replace("_", "");
    if (key.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery("""
            select name from topic where name_key like :contains
            order by case when name_key like :prefix then 0 else 1 end, name limit :limit
            """)
        .bind("prefix", key + "%").bind("contains", "%" + key + "%").bind("limit", limit)
        .mapTo(String.class).list());
  }

  private static Row map(ResultSet rs) throws SQLException {
    return new Row(rs.getLong("id"), rs.getString("title"), ArticleStatus.fromCode(rs.getString("status")),
        instant(rs, "published_at"), instant(rs, "updated_at"), rs.getString("created_by_name"),
        rs.getString("pending_state"), rs.getString("last_editor"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
