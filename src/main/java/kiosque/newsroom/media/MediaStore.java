package kiosque.newsroom.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for media rows, the library's search, and the articles that use an image. */
public final class MediaStore {

  private final Jdbi jdbi;

  public MediaStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(Handle handle, Long accountId, Instant at, String originalName, ImageType type, int width, int height,
      long size, String alt, String credit, String caption) {
    return handle.createUpdate("""
            insert into media (created_at, account_id, original_name, content_type, width, height, size_bytes,
                               alt_text, credit, caption, search_key)
            values (:at, :account, :name, :type, :width, :height, :size, :alt, :credit, :caption, :key)
            """)
        .bind("at", at.atOffset(ZoneOffset.UTC)).bind("account", accountId).bind("name", originalName)
        .bind("type", type.contentType).bind("width", width).bind("height", height).bind("size", size)
        .bind("alt", alt).bind("credit", credit).bind("caption", caption)
        .bind("key", SearchKey.of(originalName, caption, credit, alt))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  public Optional<Media> byId(long id) {
    return jdbi.withHandle(h -> byId(h, id));
  }

  /** Reads the row and locks it until the transaction ends: edits and deletion of one image queue up. */
  Optional<Media> lock(Handle h, long id) {
    return h.createQuery("select * from media where id = :id for update").bind("id", id)
        .map((rs, ctx) -> map(rs)).findOne();
  }

  private static Optional<Media> byId(Handle h, long id) {
    return h.createQuery("select * from media where id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
  }

  public List<Media> latest(int limit) {
    return jdbi.withHandle(h -> h.createQuery("select * from media order by id desc limit :limit")
        .bind("limit", limit).map((rs, ctx) -> map(rs)).list());
  }

  public long count() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from media").mapTo(Long.class).one());
  }

  /** One page of the library's search, newest first, and how many images match in all. */
  MediaResults search(MediaQuery query, ZoneId zone, int offset, int limit) {
    Map<String, Object> binds = new LinkedHashMap<>();
    String where = where(query, zone, binds);
    return jdbi.withHandle(h -> {
      var items = h.createQuery("select m.* from media m" + where + " order by m.id desc limit :limit offset :offset");
      var count = h.createQuery("select count(*) from media m" + where);
      binds.forEach((name, value) -> {
        items.bind(name, value);
        count.bind(name, value);
      });
      return new MediaResults(items.bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list(),
          count.mapTo(Long.class).one());
    });
  }

  private static String where(MediaQuery query, ZoneId zone, Map<String, Object> binds) {
    List<String> conditions = new ArrayList<>();
    List<String> terms = SearchKey.terms(query.text());
    for (int i = 0; i < terms.size(); i++) {
      conditions.add("m.search_key like :term" + i + " escape '!'");
      binds.put("term" + i, "%" + terms.get(i).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }
    if (query.used() != null) {
      conditions.add((query.used() ? "" : "not ") + "exists (select 1 from article a where a.lead_media_id = m.id)");
    }
    if (query.uploadedBy() != null) {
      conditions.add("m.account_id = :account");
      binds.put("account", query.uploadedBy());
    }
    if (query.month() != null) {
      conditions.add("m.created_at >= :from and m.created_at < :to");
      binds.put("from", query.month().atDay(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
      binds.put("to", query.month().plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime()
          .withOffsetSameInstant(ZoneOffset.UTC));
    }
    return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
  }

  /** The accounts that uploaded images, by name: the library's "uploaded by" filter. */
  List<Uploader> uploaders() {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.display_name from account a
            where exists (select 1 from media m where m.account_id = a.id) order by a.display_name, a.id""")
        .map((rs, ctx) -> new Uploader(rs.getLong(1), rs.getString(2))).list());
  }

  /** Someone who uploaded images. */
  public record Uploader(long id, String name) {}

  /**
   * The articles that use an image, as lead image or inside their body (an {@code img} pointing at
   * one of its renditions or crops), or whose pending change (a live article's next version) does,
   * newest first. Reads every body: for deletion and the edit page, not for listings.
   */
  List<MediaUse> uses(Handle h, long mediaId) {
    return h.createQuery("""
            select a.id, a.title, a.status, a.lead_media_id from article a
            where a.lead_media_id = :id or a.body_html like :pattern
               or exists (select 1 from article_pending p join article_revision r on r.id = p.revision_id
                          where p.article_id = a.id and (r.lead_media_id = :id or r.body_html like :pattern))
            order by a.id desc""")
        .bind("id", mediaId).bind("pattern", "%/media/" + mediaId + "/%")
        .map((rs, ctx) -> new MediaUse(rs.getLong("id"), rs.getString("title"), rs.getString("status"),
            rs.getObject("lead_media_id") != null && rs.getLong("lead_media_id") == mediaId))
        .list();
  }

  List<MediaUse> uses(long mediaId) {
    return jdbi.withHandle(h -> uses(h, mediaId));
  }

  void updateText(Handle h, long id, String alt, String credit, String caption, String originalName, Instant at) {
    h.createUpdate("""
            update media set alt_text = :alt, credit = :credit, caption = :caption, search_key = :key, updated_at = :at
            where id = :id""")
        .bind("alt", alt).bind("credit", credit).bind("caption", caption)
        .bind("key", SearchKey.of(originalName, caption, credit, alt)).bind("at", at.atOffset(ZoneOffset.UTC))
        .bind("id", id).execute();
  }

  void updateFocus(Handle h, long id, double x, double y, int cropVersion) {
    h.createUpdate("update media set focal_x = :x, focal_y = :y, crop_version = :version where id = :id")
        .bind("x", x).bind("y", y).bind("version", cropVersion).bind("id", id).execute();
  }

  /** Deletes the row and every file of an image; the caller's transaction makes it one step. */
  void delete(Handle h, long id) {
    h.createUpdate("delete from media_file where media_id = :id").bind("id", id).execute();
    h.createUpdate("delete from media where id = :id").bind("id", id).execute();
  }

  /** Rows from before the search key existed get one (at start). @return how many */
  int fillSearchKeys() {
    return jdbi.inTransaction(h -> {
      List<Media> missing = h.createQuery("select * from media where search_key is null")
          .map((rs, ctx) -> map(rs)).list();
      for (Media m : missing) {
        h.createUpdate("update media set search_key = :key where id = :id")
            .bind("key", SearchKey.of(m.originalName(), m.caption(), m.credit(), m.altText())).bind("id", m.id())
            .execute();
      }
      return missing.size();
    });
  }

  /** The lead image of an article, if it has one. */
  public Optional<Media> leadOf(long articleId) {
    return jdbi.withHandle(h -> h.createQuery(
            "select m.* from media m join article a on a.lead_media_id = m.id where a.id = :id")
        .bind("id", articleId).map((rs, ctx) -> map(rs)).findOne());
  }

  private static Media map(ResultSet rs) throws SQLException {
    return new Media(rs.getLong("id"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
        rs.getString("original_name"), rs.getString("content_type"), rs.getInt("width"), rs.getInt("height"),
        rs.getLong("size_bytes"), rs.getString("alt_text"), rs.getString("credit"), rs.getString("caption"),
        rs.getDouble("focal_x"), rs.getDouble("focal_y"), rs.getInt("crop_version"),
        rs.getObject("account_id") == null ? null : rs.getLong("account_id"));
  }
}
