package kiosque.content;

import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

/**
 * Published articles newest first, for a listing page or a feed: the whole site, a section, a
 * topic or an author. The SQL is shaped so that both databases read the rows off an index in
 * order and stop at the page, instead of sorting the archive (V501__listing_indexes.sql):
 *
 * <ul>
 *   <li>the site and sections order by their equality columns first ({@code status},
 *       {@code section_id}), which changes nothing in the result but lets H2 see that the index
 *       already has that order (H2 only uses an index for ORDER BY when the ORDER BY starts with
 *       its first column);
 *   <li>topics and authors have two plans with the same result: walk the newest articles and keep
 *       those linked (cheap when the topic is common), or take the topic's articles and sort them
 *       (cheap when it is rare). The one with fewer rows to read is chosen from the topic's number
 *       of links and the size of the archive.
 * </ul>
 */
public final class PublishedListings {

  public enum Kind { SITE, SECTION, TOPIC, AUTHOR }

  /** A listing: {@code id} is the section's, topic's or author's (ignored for the site). */
  public record Listing(Kind kind, long id) {
    public static final Listing SITE = new Listing(Kind.SITE, 0);
  }

  private static final String COLUMNS = "a.id, a.slug, a.title, a.summary, a.published_at, s.name as section_name";
  private static final String NEWEST = "a.published_at desc, a.id desc";
  /** Every status but published, as listed in the database. */
  private static final List<String> HIDDEN = java.util.Arrays.stream(ArticleStatus.values())
      .filter(s -> s != ArticleStatus.PUBLISHED).map(ArticleStatus::code).toList();

  private final Jdbi jdbi;

  public PublishedListings(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  public Page<Teaser> page(Listing listing, int page, int size) {
    return jdbi.withHandle(h -> new Page<>(newest(h, listing, (long) (page - 1) * size, size, COLUMNS)
        .map(ArticleStore.TEASER).list(), page, size, count(h, listing)));
  }

  /** The first {@code limit} teasers, without counting the listing (home page blocks). */
  public List<Teaser> first(Listing listing, int limit) {
    return jdbi.withHandle(h -> newest(h, listing, 0, limit, COLUMNS).map(ArticleStore.TEASER).list());
  }

  /** Ids only. */
  public List<Long> firstIds(Listing listing, int limit) {
    return jdbi.withHandle(h -> newest(h, listing, 0, limit, "a.id").mapTo(Long.class).list());
  }

  /**
   * The first {@code limit} rows with the columns a caller needs, in the same query as the
   * listing (feeds: the body but not the plain text). Columns of {@code article a} and
   * {@code section s}.
   */
  public <T> List<T> first(Listing listing, int limit, String columns, RowMapper<T> mapper) {
    return jdbi.withHandle(h -> newest(h, listing, 0, limit, columns).map(mapper).list());
  }

  private static Query newest(Handle h, Listing listing, long offset, int limit, String columns) {
    String from = " from article a left join section s on s.id = a.section_id where a.status = 'published' ";
    String sql = switch (listing.kind()) {
      case SITE -> "select " + columns + from + "order by a.status, " + NEWEST;
      case SECTION -> "select " + columns + from + "and a.section_id = :id order by a.section_id, a.status, " + NEWEST;
      case TOPIC, AUTHOR -> walkTheArchive(h, listing, offset + limit)
          ? "select " + columns + from + "and exists (select 1 from " + link(listing) + " l where l.article_id = a.id and l."
              + linkColumn(listing) + " = :id) order by a.status, " + NEWEST
          : "select " + columns + " from " + link(listing) + " l join article a on a.id = l.article_id"
              + " left join section s on s.id = a.section_id where l." + linkColumn(listing) + " = :id"
              + " and a.status = 'published' order by " + NEWEST;
    };
    return withId(h.createQuery(sql + " limit :limit offset :offset"), listing)
        .bind("limit", limit).bind("offset", offset);
  }

  /**
   * Walking the archive newest first reads about {@code wanted * archive / links} rows before it
   * has {@code wanted}; sorting the topic's own articles reads {@code links}. Both counts are
   * index lookups.
   */
  private static boolean walkTheArchive(Handle h, Listing listing, long wanted) {
    long links = links(h, listing);
    if (links == 0) {
      return false;
    }
    long archive = h.createQuery("select coalesce(max(id), 0) from article").mapTo(Long.class).one();
    return wanted * archive < links * links;
  }

  private static long count(Handle h, Listing listing) {
    return switch (listing.kind()) {
      case SITE -> h.createQuery("select count(*) from article a where a.status = 'published'")
          .mapTo(Long.class).one();
      case SECTION -> h.createQuery("select count(*) from article a where a.section_id = :id and a.status = 'published'")
          .bind("id", listing.id()).mapTo(Long.class).one();
      // Links minus the linked articles readers do not see: both counts stay in indexes, where
      // joining every link to its article row reads the rows with their bodies (15,000 for a
      // prolific author at 100,000 articles).
      case TOPIC, AUTHOR -> links(h, listing) - h.createQuery("select count(*) from article a join " + link(listing)
              + " l on l.article_id = a.id and l." + linkColumn(listing) + " = :id where a.status in (<hidden>)")
          .bind("id", listing.id()).bindList("hidden", HIDDEN).mapTo(Long.class).one();
    };
  }

  private static long links(Handle h, Listing listing) {
    return h.createQuery("select count(*) from " + link(listing) + " where " + linkColumn(listing) + " = :id")
        .bind("id", listing.id()).mapTo(Long.class).one();
  }

  private static Query withId(Query query, Listing listing) {
    return listing.kind() == Kind.SITE ? query : query.bind("id", listing.id());
  }

  private static String link(Listing listing) {
    return listing.kind() == Kind.TOPIC ? "article_topic" : "article_author";
  }

  private static String linkColumn(Listing listing) {
    return listing.kind() == Kind.TOPIC ? "topic_id" : "author_id";
  }
}
