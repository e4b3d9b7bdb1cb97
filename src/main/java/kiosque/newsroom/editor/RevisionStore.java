package kiosque.newsroom.editor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.TeaserRows;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for revisions and the pending revision of live articles. */
final class RevisionStore {

  private static final String SELECT = """
      select r.*, coalesce(a.display_name, '') as author_name from article_revision r
      left join account a on a.id = r.account_id
      """;

  private final Jdbi jdbi;

  RevisionStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(Handle handle, long articleId, Long accountId, Instant at, String kind, ArticleStatus status,
      ArticleForm form) {
    return handle.createUpdate("""
            insert into article_revision (article_id, account_id, created_at, kind, status, title, summary, body_html,
                                          section_name, topic_names, bylines, source_name, source_url, slug,
                                          lead_media_id, kicker, seo_title, seo_description, social_title,
                                          social_media_id, correction)
            values (:article, :account, :at, :kind, :status, :title, :summary, :body, :section, :topics, :bylines,
                    :sourceName, :sourceUrl, :slug, :lead, :kicker, :seoTitle, :seoDescription, :socialTitle,
                    :socialMediaId, :correction)
            """)
        .bind("article", articleId).bind("account", accountId).bind("at", at.atOffset(ZoneOffset.UTC))
        .bind("kind", kind).bind("status", status.code()).bind("title", form.title()).bind("summary", form.summary())
        .bind("body", form.body()).bind("section", form.section()).bind("topics", String.join("\n", form.topics()))
        .bind("bylines", String.join("\n", form.bylines())).bind("sourceName", form.sourceName())
        .bind("sourceUrl", form.sourceUrl()).bind("slug", form.slug()).bind("lead", form.leadMediaId())
        .bindMap(extrasColumns(form.extras()))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  List<Revision> of(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.article_id = :id order by r.id desc")
        .bind("id", articleId).map((rs, ctx) -> map(rs)).list());
  }

  Optional<Revision> byId(long articleId, long revisionId) {
    return jdbi.withHandle(h -> h.createQuery(SELECT + " where r.article_id = :article and r.id = :id")
        .bind("article", articleId).bind("id", revisionId).map((rs, ctx) -> map(rs)).findOne());
  }

  /** The pending revision of a live article and its state (draft or in_review). */
  record Pending(long revisionId, String state) {}

  Optional<Pending> pending(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select revision_id, state from article_pending where article_id = :id")
        .bind("id", articleId).map((rs, ctx) -> new Pending(rs.getLong("revision_id"), rs.getString("state")))
        .findOne());
  }

  void setPending(Handle handle, long articleId, long revisionId, String state) {
    handle.createUpdate("delete from article_pending where article_id = :id").bind("id", articleId).execute();
    handle.createUpdate("insert into article_pending (article_id, revision_id, state) values (:id, :rev, :state)")
        .bind("id", articleId).bind("rev", revisionId).bind("state", state).execute();
  }

  void clearPending(Handle handle, long articleId) {
    handle.createUpdate("delete from article_pending where article_id = :id").bind("id", articleId).execute();
  }

  /** The article's current lead image. */
  Long leadOf(long articleId) {
    return jdbi.withHandle(h -> h.createQuery("select lead_media_id from article where id = :id").bind("id", articleId)
        .map((rs, ctx) -> rs.getObject(1) == null ? null : rs.getLong(1)).findOne().orElse(null));
  }

  boolean mediaExists(long mediaId) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from media where id = :id").bind("id", mediaId)
        .mapTo(Integer.class).one() > 0);
  }

  static void setLead(Handle handle, long articleId, Long mediaId) {
    handle.createUpdate("update article set lead_media_id = :media where id = :id")
        .bind("media", mediaId).bind("id", articleId).execute();
    TeaserRows.refresh(handle, articleId);
  }

  private static Revision map(ResultSet rs) throws SQLException {
    ArticleForm form = formFrom(rs);
    return new Revision(rs.getLong("id"), rs.getLong("article_id"), rs.getString("author_name"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("kind"), rs.getString("status"), form);
  }

  /** A form from a row with the revision table's columns (the draft slot has the same). */
  static ArticleForm formFrom(ResultSet rs) throws SQLException {
    return new ArticleForm(rs.getString("title"), rs.getString("summary"), rs.getString("body_html"),
        rs.getString("section_name"), lines(rs.getString("topic_names")), lines(rs.getString("bylines")),
        rs.getString("source_name"), rs.getString("source_url"), rs.getString("slug"),
        rs.getObject("lead_media_id") == null ? null : rs.getLong("lead_media_id"), extrasFrom(rs));
  }

  /** The extra fields' columns (V700), shared by revisions and the draft slot. */
  static java.util.Map<String, Object> extrasColumns(ArticleExtras extras) {
    var columns = new java.util.HashMap<String, Object>();
    columns.put("kicker", extras.kicker());
    columns.put("seoTitle", extras.seoTitle());
    columns.put("seoDescription", extras.seoDescription());
    columns.put("socialTitle", extras.socialTitle());
    columns.put("socialMediaId", extras.socialImageId());
    columns.put("correction", extras.correction());
    return columns;
  }

  private static ArticleExtras extrasFrom(ResultSet rs) throws SQLException {
    return new ArticleExtras(rs.getString("kicker"), rs.getString("seo_title"), rs.getString("seo_description"),
        rs.getString("social_title"), rs.getObject("social_media_id") == null ? null : rs.getLong("social_media_id"),
        rs.getString("correction"), null);
  }

  private static List<String> lines(String value) {
    return value == null || value.isEmpty() ? List.of() : List.of(value.split("\n"));
  }
}
