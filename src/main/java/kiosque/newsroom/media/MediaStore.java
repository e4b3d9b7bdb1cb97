package kiosque.newsroom.media;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for media rows and articles' lead images. */
public final class MediaStore {

  private final Jdbi jdbi;

  public MediaStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  long insert(Handle handle, Long accountId, Instant at, String originalName, ImageType type, int width, int height,
      long size, String alt, String credit) {
    return handle.createUpdate("""
            insert into media (created_at, account_id, original_name, content_type, width, height, size_bytes,
                               alt_text, credit)
            values (:at, :account, :name, :type, :width, :height, :size, :alt, :credit)
            """)
        .bind("at", at.atOffset(ZoneOffset.UTC)).bind("account", accountId).bind("name", originalName)
        .bind("type", type.contentType).bind("width", width).bind("height", height).bind("size", size)
        .bind("alt", alt).bind("credit", credit)
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
  }

  public Optional<Media> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("select * from media where id = :id").bind("id", id)
        .map((rs, ctx) -> map(rs)).findOne());
  }

  public List<Media> latest(int limit) {
    return jdbi.withHandle(h -> h.createQuery("select * from media order by id desc limit :limit")
        .bind("limit", limit).map((rs, ctx) -> map(rs)).list());
  }

  public long count() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from media").mapTo(Long.class).one());
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
        rs.getLong("size_bytes"), rs.getString("alt_text"), rs.getString("credit"));
  }
}
