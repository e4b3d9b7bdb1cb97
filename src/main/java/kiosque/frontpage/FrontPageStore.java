package kiosque.frontpage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosque.content.ArticleStore;
import kiosque.content.Teaser;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** SQL of the front page, the banner and the menu (tables of {@code V670__front_page.sql}). */
final class FrontPageStore {

  private static final String TEASERS = """
      select a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name
      from article a left join section s on s.id = a.section_id
      """;

  private final Jdbi jdbi;

  FrontPageStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  List<Slot> slots() {
    return jdbi.withHandle(h -> h.createQuery("select position, article_id, expires_at from front_slot order by position")
        .map((rs, ctx) -> new Slot(rs.getInt("position"), rs.getLong("article_id"), instant(rs, "expires_at")))
        .list());
  }

  void putSlot(Handle h, Slot slot, Instant now) {
    h.createUpdate("delete from front_slot where position = :position").bind("position", slot.position()).execute();
    h.createUpdate("""
            insert into front_slot (position, article_id, expires_at, set_at)
            values (:position, :article, :expires, :now)""")
        .bind("position", slot.position())
        .bind("article", slot.articleId())
        .bind("expires", utc(slot.expiresAt()))
        .bind("now", utc(now))
        .execute();
  }

  int clearSlot(Handle h, int position) {
    return h.createUpdate("delete from front_slot where position = :position").bind("position", position).execute();
  }

  /** Published articles among {@code ids}, by id: what a slot may show. */
  Map<Long, Teaser> publishedTeasers(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return jdbi.withHandle(h -> h.createQuery(TEASERS + " where a.status = 'published' and a.id in (<ids>)")
        .bindList("ids", List.copyOf(ids))
        .map(ArticleStore.TEASER)
        .list())
        .stream().collect(Collectors.toMap(Teaser::id, Function.identity()));
  }

  /** Published articles whose title contains {@code words} (case ignored), newest first. */
  List<Teaser> publishedTitled(String words, int limit) {
    String pattern = "%" + words.toLowerCase(java.util.Locale.ROOT).replace("!", "!!").replace("%", "!%")
        .replace("_", "!_") + "%";
    return jdbi.withHandle(h -> h.createQuery(TEASERS + """
             where a.status = 'published' and lower(a.title) like :pattern escape '!'
             order by a.published_at desc, a.id desc limit :limit""")
        .bind("pattern", pattern)
        .bind("limit", limit)
        .map(ArticleStore.TEASER)
        .list());
  }

  List<MenuSection> sections() {
    return jdbi.withHandle(h -> h.createQuery("""
            select s.id, s.name, s.in_menu, s.position, f.position as home_position
            from section s left join front_section f on f.section_id = s.id
            order by s.position, s.name_key""")
        .map((rs, ctx) -> new MenuSection(rs.getLong("id"), rs.getString("name"), rs.getBoolean("in_menu"),
            rs.getInt("position"), (Integer) rs.getObject("home_position", Integer.class)))
        .list());
  }

  /** Section ids of the home page's blocks in the editors' order; empty when they chose none. */
  List<Long> homeSections() {
    return jdbi.withHandle(h -> h.createQuery("select section_id from front_section order by position, section_id")
        .mapTo(Long.class).list());
  }

  void putSection(Handle h, long id, boolean inMenu, int menuPosition) {
    h.createUpdate("update section set in_menu = :inMenu, position = :position where id = :id")
        .bind("inMenu", inMenu).bind("position", menuPosition).bind("id", id).execute();
  }

  void replaceHomeSections(Handle h, Map<Long, Integer> positions) {
    h.execute("delete from front_section");
    var insert = h.prepareBatch("insert into front_section (section_id, position) values (:id, :position)");
    positions.forEach((id, position) -> insert.bind("id", id).bind("position", position).add());
    if (!positions.isEmpty()) {
      insert.execute();
    }
  }

  Optional<Banner> banner() {
    return jdbi.withHandle(h -> h.createQuery("select message, link, expires_at from breaking_banner where id = 1")
        .map((rs, ctx) -> new Banner(rs.getString("message"), rs.getString("link"), instant(rs, "expires_at")))
        .findOne());
  }

  void putBanner(Handle h, Banner banner, Instant now) {
    h.execute("delete from breaking_banner");
    h.createUpdate("""
            insert into breaking_banner (id, message, link, expires_at, set_at)
            values (1, :message, :link, :expires, :now)""")
        .bind("message", banner.message())
        .bind("link", banner.link())
        .bind("expires", utc(banner.expiresAt()))
        .bind("now", utc(now))
        .execute();
  }

  int clearBanner(Handle h) {
    return h.createUpdate("delete from breaking_banner").execute();
  }

  /** Deletes the slots whose time is over; the count tells the one node that did it to announce it. */
  int deleteExpiredSlots(Handle h, Instant now) {
    return h.createUpdate("delete from front_slot where expires_at <= :now").bind("now", utc(now)).execute();
  }

  int deleteExpiredBanner(Handle h, Instant now) {
    return h.createUpdate("delete from breaking_banner where expires_at <= :now").bind("now", utc(now)).execute();
  }

  /** The next time a slot or the banner expires. */
  Optional<Instant> nextExpiry() {
    return jdbi.withHandle(h -> h.createQuery("""
            select min(expires_at) as next from (
              select expires_at from front_slot where expires_at is not null
              union all select expires_at from breaking_banner where expires_at is not null) e""")
        .map((rs, ctx) -> instant(rs, "next"))
        .findOne()).filter(java.util.Objects::nonNull);
  }

  boolean sectionExists(long id) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from section where id = :id").bind("id", id)
        .mapTo(Integer.class).one() > 0);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
