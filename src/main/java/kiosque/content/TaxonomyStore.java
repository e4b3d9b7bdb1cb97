package kiosque.content;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Sections, topics and authors. Each is matched by its {@link NameKeys name key}, so the same name
 * written with other capitals or without accents finds the existing row.
 */
public final class TaxonomyStore {

  static final RowMapper<Section> SECTION = (rs, ctx) ->
      new Section(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getString("description"));
  static final RowMapper<Topic> TOPIC = (rs, ctx) ->
      new Topic(rs.getLong("id"), rs.getString("name"), rs.getString("slug"), rs.getString("description"));
  static final RowMapper<Author> AUTHOR = (rs, ctx) -> new Author(rs.getLong("id"), rs.getString("byline"),
      rs.getString("full_name"), rs.getString("bio"), rs.getString("slug"));

  private final Jdbi jdbi;
  private final boolean newSectionsInMenu;

  public TaxonomyStore(Jdbi jdbi) {
    this(jdbi, true);
  }

  private TaxonomyStore(Jdbi jdbi, boolean newSectionsInMenu) {
    this.jdbi = jdbi;
    this.newSectionsInMenu = newSectionsInMenu;
  }

  /**
   * The same store, creating sections out of the masthead menu: what imports use, so that a
   * thousand WordPress categories wait for an editor to show the few that belong in the menu.
   */
  public TaxonomyStore creatingHiddenSections() {
    return new TaxonomyStore(jdbi, false);
  }

  public Section sectionNamed(Handle handle, String name) {
    return findOrCreate(handle, "section", name, SECTION, newSectionsInMenu
        ? "insert into section (name, name_key, slug) values (:name, :key, :slug)"
        : "insert into section (name, name_key, slug, in_menu) values (:name, :key, :slug, false)");
  }

  public Topic topicNamed(Handle handle, String name) {
    return findOrCreate(handle, "topic", name, TOPIC,
        "insert into topic (name, name_key, slug) values (:name, :key, :slug)");
  }

  public Author authorNamed(Handle handle, String byline) {
    return findOrCreate(handle, "author", byline, AUTHOR,
        "insert into author (byline, name_key, slug) values (:name, :key, :slug)");
  }

  private <T> T findOrCreate(Handle handle, String table, String name, RowMapper<T> mapper, String insert) {
    String key = NameKeys.of(name);
    Optional<T> existing = handle.createQuery("select * from " + table + " where name_key = :key")
        .bind("key", key).map(mapper).findOne();
    if (existing.isPresent()) {
      return existing.get();
    }
    handle.createUpdate(insert)
        .bind("name", name.strip())
        .bind("key", key)
        .bind("slug", freeSlug(handle, table, Slugs.of(name)))
        .execute();
    return handle.createQuery("select * from " + table + " where name_key = :key")
        .bind("key", key).map(mapper).one();
  }

  /** The slug itself, or with -2, -3 ... when another name already folds to it; never all digits. */
  private static String freeSlug(Handle handle, String table, String base) {
    String root = base.matches("\\d+") ? table + "-" + base : base;
    String candidate = root;
    for (int n = 2; exists(handle, table, candidate); n++) {
      candidate = root + "-" + n;
    }
    return candidate;
  }

  private static boolean exists(Handle handle, String table, String slug) {
    return handle.createQuery("select count(*) from " + table + " where slug = :slug")
        .bind("slug", slug).mapTo(Integer.class).one() > 0;
  }

  public Optional<Section> sectionBySlug(String slug) {
    return bySlug("section", slug, SECTION);
  }

  public Optional<Topic> topicBySlug(String slug) {
    return bySlug("topic", slug, TOPIC);
  }

  public Optional<Author> authorBySlug(String slug) {
    return bySlug("author", slug, AUTHOR);
  }

  private <T> Optional<T> bySlug(String table, String slug, RowMapper<T> mapper) {
    return jdbi.withHandle(h -> h.createQuery("select * from " + table + " where slug = :slug")
        .bind("slug", slug).map(mapper).findOne());
  }

  /** Sections in their editorial order, then by name; the home page and navigation follow it. */
  public List<Section> sections() {
    return jdbi.withHandle(h -> h.createQuery("select * from section order by position, name_key")
        .map(SECTION).list());
  }

  /** The sections the masthead menu shows, in their editorial order. */
  public List<Section> menuSections() {
    return jdbi.withHandle(h -> h.createQuery("select * from section where in_menu order by position, name_key")
        .map(SECTION).list());
  }
}
