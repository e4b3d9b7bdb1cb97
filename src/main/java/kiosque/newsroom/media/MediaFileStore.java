package kiosque.newsroom.media;

import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for the bytes of media files ({@code media_file}). */
final class MediaFileStore {

  private final Jdbi jdbi;

  MediaFileStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  void insert(Handle h, MediaFile file) {
    h.createUpdate("""
            insert into media_file (media_id, name, content_type, sha256, size_bytes, bytes)
            values (:media, :name, :type, :sha, :size, :bytes)""")
        .bind("media", file.mediaId()).bind("name", file.name()).bind("type", file.contentType())
        .bind("sha", file.sha256()).bind("size", (long) file.bytes().length).bind("bytes", file.bytes())
        .execute();
  }

  Optional<MediaFile> find(long mediaId, String name) {
    return jdbi.withHandle(h -> h.createQuery("""
            select media_id, name, content_type, sha256, bytes from media_file where media_id = :media and name = :name""")
        .bind("media", mediaId).bind("name", name)
        .map((rs, ctx) -> new MediaFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getBytes(5)))
        .findOne());
  }

  boolean exists(long mediaId, String name) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from media_file where media_id = :media and name = :name")
        .bind("media", mediaId).bind("name", name).mapTo(Integer.class).one() > 0);
  }

  /** The content type of a media item's original, if the item exists. */
  Optional<String> originalType(long mediaId) {
    return jdbi.withHandle(h -> h.createQuery("select content_type from media where id = :id").bind("id", mediaId)
        .mapTo(String.class).findOne());
  }

  /** The original as uploaded, whatever its type. */
  Optional<MediaFile> original(long mediaId) {
    return jdbi.withHandle(h -> h.createQuery("""
            select media_id, name, content_type, sha256, bytes from media_file
            where media_id = :media and name like 'original.%'""")
        .bind("media", mediaId)
        .map((rs, ctx) -> new MediaFile(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.getBytes(5)))
        .findFirst());
  }

  /** Drops every crop of an image (their names start with {@code c}): new ones replace them. */
  void deleteCrops(Handle h, long mediaId) {
    h.createUpdate("delete from media_file where media_id = :media and name like 'c%'").bind("media", mediaId)
        .execute();
  }
}
