package kiosque.newsroom.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import kiosque.content.ArticleStatus;
import kiosque.content.NameKeys;
import kiosque.search.ArchiveQuery;
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

  /** One page of the list and how many articles match in all. */
  public record Found(List<Row> rows, long total) {}

  /**
   * The article list from the database alone: every filter of {@link ArchiveQuery}, sorted and
   * paginated (V715's indexes serve the orders). Words are matched here only as a plain substring of
   * the title or standfirst, accents and case as typed: the French analysis is the archive index's
   * ({@link kiosque.search.ArchiveSearch}), and this serves while that index is rebuilt.
   */
  public Found search(ArchiveQuery query) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    java.util.Map<String, Object> binds = new java.util.HashMap<>();
    if (query.status() != null) {
      where.append(" and a.status = :status");
      binds.put("status", query.status());
    }
    if (query.section() != null && !query.section().isBlank()) {
      where.append(" and a.section_id = (select s.id from section s where s.name_key = :section)");
      binds.put("section", NameKeys.of(query.section()));
    }
    if (query.author() != null && !query.author().isBlank()) {
      where.append(" and exists (select 1 from article_author aa join author au on au.id = aa.author_id"
          + " where aa.article_id = a.id and au.name_key = :author)");
      binds.put("author", NameKeys.of(query.author()));
    }
    if (query.topic() != null && !query.topic().isBlank()) {
      where.append(" and exists (select 1 from article_topic at2 join topic t on t.id = at2.topic_id"
          + " where at2.article_id = a.id and t.name_key = :topic)");
      binds.put("topic", NameKeys.of(query.topic()));
    }
    String date = query.byPublication() ? "a.published_at" : "a.updated_at";
    if (query.from() != null) {
      where.append(" and ").append(date).append(" >= :from");
      binds.put("from", query.from().atOffset(java.time.ZoneOffset.UTC));
    }
    if (query.until() != null) {
      where.append(" and ").append(date).append(" < :until");
      binds.put("until", query.until().atOffset(java.time.ZoneOffset.UTC));
    }
    if (query.hasText()) {
      where.append(" and (lower(a.title) like :text or lower(a.summary) like :text)");
      binds.put("text", "%" + query.text().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%");
    }
    String order = query.byPublication() ? " order by a.published_at desc nulls last, a.id desc"
        : " order by a.updated_at desc, a.id desc";
    return jdbi.withHandle(h -> {
      var rows = h.createQuery(SELECT + where + order + " limit :limit offset :offset")
          .bindMap(binds).bind("limit", query.limit()).bind("offset", query.offset())
          .map((rs, ctx) -> map(rs)).list();
      long total = h.createQuery("select count(*) from article a" + where).bindMap(binds)
          .mapTo(Long.class).one();
      return new Found(rows, total);
    });
  }

  /** The rows of these articles, in the order given (a search's order); missing ones are skipped. */
  public List<Row> rows(List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    java.util.Map<Long, Row> byId = new java.util.HashMap<>();
    jdbi.useHandle(h -> h.createQuery(SELECT + " where a.id in (<ids>)").bindList("ids", ids)
        .map((rs, ctx) -> map(rs)).forEach(row -> byId.put(row.id(), row)));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
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
