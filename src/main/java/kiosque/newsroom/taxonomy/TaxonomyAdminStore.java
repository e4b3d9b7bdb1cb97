package kiosque.newsroom.taxonomy;

import java.util.List;
import java.util.Optional;
import kiosque.content.NameKeys;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL for managing taxonomies and their old slugs. Table names come from {@link Kind}, never from input. */
final class TaxonomyAdminStore {

  private final Jdbi jdbi;

  TaxonomyAdminStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<TaxonomyRow> list(Kind kind, String filter, int limit, int offset) {
    String key = filter == null ? "" : NameKeys.of(filter).replace("%", "").replace("_", "");
    return jdbi.withHandle(h -> h.createQuery("select t.*, (select count(*) from " + kind.articles.replace(":id", "t.id")
            + ") as article_count from " + kind.table + " t where t.name_key like :key order by t.name_key limit :limit offset :offset")
        .bind("key", "%" + key + "%").bind("limit", limit).bind("offset", offset)
        .map((rs, ctx) -> new TaxonomyRow(rs.getLong("id"), rs.getString(kind.nameColumn), rs.getString("slug"),
            description(rs, kind),
            kind == Kind.AUTHOR ? rs.getString("full_name") : null,
            kind == Kind.AUTHOR && rs.getObject("photo_media_id") != null ? rs.getLong("photo_media_id") : null,
            rs.getLong("article_count")))
        .list());
  }

  private static String description(java.sql.ResultSet rs, Kind kind) throws java.sql.SQLException {
    return kind == Kind.AUTHOR ? rs.getString("bio") : rs.getString("description");
  }

  Optional<TaxonomyRow> byId(Kind kind, long id) {
    return jdbi.withHandle(h -> h.createQuery("select t.* from " + kind.table + " t where t.id = :id").bind("id", id)
        .map((rs, ctx) -> new TaxonomyRow(rs.getLong("id"), rs.getString(kind.nameColumn), rs.getString("slug"),
            description(rs, kind), kind == Kind.AUTHOR ? rs.getString("full_name") : null,
            kind == Kind.AUTHOR && rs.getObject("photo_media_id") != null ? rs.getLong("photo_media_id") : null, 0))
        .findOne());
  }

  /** Whether another row of this kind already uses the name (by its key) or the slug. */
  boolean taken(Handle handle, Kind kind, long id, String column, String value) {
    return handle.createQuery("select count(*) from " + kind.table + " where " + column + " = :value and id <> :id")
        .bind("value", value).bind("id", id).mapTo(Integer.class).one() > 0;
  }

  void update(Handle handle, Kind kind, long id, String name, String slug, String description) {
    String descriptionColumn = kind == Kind.AUTHOR ? "bio" : "description";
    handle.createUpdate("update " + kind.table + " set " + kind.nameColumn + " = :name, name_key = :key, slug = :slug, "
            + descriptionColumn + " = :description where id = :id")
        .bind("name", name).bind("key", NameKeys.of(name)).bind("slug", slug).bind("description", description)
        .bind("id", id).execute();
  }

  void updateAuthorDetails(Handle handle, long id, String fullName, Long photoMediaId) {
    handle.createUpdate("update author set full_name = :fullName, photo_media_id = :photo where id = :id")
        .bind("fullName", fullName).bind("photo", photoMediaId).bind("id", id).execute();
  }

  /** Remembers that {@code slug} now means {@code targetId}; a slug in use again stops being old. */
  void rememberOldSlug(Handle handle, Kind kind, String oldSlug, String newSlug, long targetId) {
    handle.createUpdate("delete from taxonomy_old_slug where kind = :kind and slug in (:old, :new)")
        .bind("kind", kind.table).bind("old", oldSlug).bind("new", newSlug).execute();
    handle.createUpdate("insert into taxonomy_old_slug (kind, slug, target_id) values (:kind, :slug, :target)")
        .bind("kind", kind.table).bind("slug", oldSlug).bind("target", targetId).execute();
  }

  /** The articles showing this row: they change the day it is renamed. */
  List<Long> articleIds(Handle handle, Kind kind, long id) {
    return handle.createQuery("select distinct " + kind.articleIdColumn() + " from " + kind.articles)
        .bind("id", id).mapTo(Long.class).list();
  }

  /** Moves every article of topic {@code from} to {@code into}, then deletes {@code from}. */
  void mergeTopic(Handle handle, long from, long into) {
    handle.createUpdate("""
            insert into article_topic (article_id, topic_id, position)
            select at.article_id, :into, at.position from article_topic at
            where at.topic_id = :from
              and not exists (select 1 from article_topic x where x.article_id = at.article_id and x.topic_id = :into)
            """).bind("from", from).bind("into", into).execute();
    handle.createUpdate("delete from article_topic where topic_id = :from").bind("from", from).execute();
    handle.createUpdate("update taxonomy_old_slug set target_id = :into where kind = 'topic' and target_id = :from")
        .bind("from", from).bind("into", into).execute();
    handle.createUpdate("delete from topic where id = :from").bind("from", from).execute();
  }

  Optional<Long> idByName(Kind kind, String name) {
    return jdbi.withHandle(h -> h.createQuery("select id from " + kind.table + " where name_key = :key")
        .bind("key", NameKeys.of(name)).mapTo(Long.class).findOne());
  }

  /** The current slug of a row an old slug points to. */
  Optional<String> currentSlug(Kind kind, String oldSlug) {
    return jdbi.withHandle(h -> h.createQuery("select t.slug from taxonomy_old_slug o join " + kind.table
            + " t on t.id = o.target_id where o.kind = :kind and o.slug = :slug")
        .bind("kind", kind.table).bind("slug", oldSlug).mapTo(String.class).findOne());
  }
}
