package kiosque.content;

import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 *       of published articles and the size of the archive.
 * </ul>
 *
 * <p>Every page is read in two steps: the ids off the index alone (H2 reads no row for the ones an
 * offset skips: page 50 of a section decoded 980 rows with their bodies), then the page's teasers
 * by primary key from {@code article_teaser} (V665), whose narrow rows hold no body: H2 decodes a
 * whole row to read any column of it, and an article row carries its body twice. Not one query with
 * the ids in a derived table: H2 then plans the inner select on another index and scans the
 * whole archive. Totals come from the counts the writes keep ({@link ListingSummaries}), not
 * from counting the archive at each request (100,000 index entries for the home page).
 */
public final class PublishedListings {

  public enum Kind { SITE, SECTION, TOPIC, AUTHOR }

  /** A listing: {@code id} is the section's, topic's or author's (ignored for the site). */
  public record Listing(Kind kind, long id) {
    public static final Listing SITE = new Listing(Kind.SITE, 0);
  }

  private static final String NEWEST = "a.published_at desc, a.id desc";
  private static final String IDS = "a.id";

  private final Jdbi jdbi;
  private final ListingSummaries summaries;

  public PublishedListings(Jdbi jdbi, ListingSummaries summaries) {
    this.jdbi = jdbi;
    this.summaries = summaries;
  }

  public Page<Teaser> page(Listing listing, int page, int size) {
    long offset = (long) (page - 1) * size;
    return jdbi.withHandle(h -> new Page<>(teasers(h, newest(h, listing, offset, size, IDS).mapTo(Long.class).list()),
        page, size, count(h, listing)));
  }

  /** The first {@code limit} teasers, without counting the listing (home page blocks). */
  public List<Teaser> first(Listing listing, int limit) {
    return jdbi.withHandle(h -> teasers(h, newest(h, listing, 0, limit, IDS).mapTo(Long.class).list()));
  }

  /**
   * Published in the months {@code first} to {@code last} (both included, in the site's time
   * zone), newest first: the date archives. The range is [from, to) on publication times.
   */
  public Page<Teaser> archive(Instant from, Instant to, YearMonth first, YearMonth last, int page, int size) {
    return jdbi.withHandle(h -> new Page<>(teasers(h, h.createQuery("select a.id from article a"
                + " where a.status = 'published' and a.published_at >= :from and a.published_at < :to"
                + " order by a.status, " + NEWEST + " limit :limit offset :offset")
            .bind("from", ArticleStore.utc(from)).bind("to", ArticleStore.utc(to))
            .bind("limit", size).bind("offset", (long) (page - 1) * size)
            .mapTo(Long.class).list()),
        page, size, summaries.count(h, first, last)));
  }

  /**
   * The teasers of these articles, in this order: primary-key lookups in {@code article_teaser},
   * never the article rows and their bodies (V665).
   */
  static List<Teaser> teasers(Handle h, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    Map<Long, Teaser> byId = new HashMap<>();
    h.createQuery("select " + ArticleStore.TEASER_SELECT + " from article_teaser a" + ArticleStore.TEASER_JOINS
            + " where a.id in (<ids>)")
        .bindList("ids", ids).map(ArticleStore.TEASER_WITH_IMAGE).forEach(t -> byId.put(t.id(), t));
    List<Teaser> ordered = new ArrayList<>(ids.size());
    for (Long id : ids) {
      Teaser teaser = byId.get(id);
      if (teaser != null) {
        ordered.add(teaser);
      }
    }
    return ordered;
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
    // The section only when a column asks for it: joining it reads each article row for its
    // section_id, where ids alone come off the listing index.
    String section = columns.contains("s.") ? " left join section s on s.id = a.section_id" : "";
    String from = " from article a" + section + " where a.status = 'published' ";
    String sql = switch (listing.kind()) {
      case SITE -> "select " + columns + from + "order by a.status, " + NEWEST;
      case SECTION -> "select " + columns + from + "and a.section_id = :id order by a.section_id, a.status, " + NEWEST;
      case TOPIC, AUTHOR -> walkTheArchive(h, listing, offset + limit)
          ? "select " + columns + from + "and exists (select 1 from " + link(listing) + " l where l.article_id = a.id and l."
              + linkColumn(listing) + " = :id) order by a.status, " + NEWEST
          : "select " + columns + " from " + link(listing) + " l join " + rowsFor(columns) + " a on a.id = l.article_id"
              + section + " where l." + linkColumn(listing) + " = :id"
              + " and a.status = 'published' order by " + NEWEST;
    };
    return withId(h.createQuery(sql + " limit :limit offset :offset"), listing)
        .bind("limit", limit).bind("offset", offset);
  }

  /**
   * Sorting a topic's own articles reads each one's status and date: from the narrow teaser rows
   * when only ids are wanted, from the articles when a caller wants more of them (feeds).
   */
  private static String rowsFor(String columns) {
    return columns.equals(IDS) ? "article_teaser" : "article";
  }

  /**
   * Walking the archive newest first reads about {@code wanted * archive / listed} rows before it
   * has {@code wanted}; sorting the topic's own articles reads {@code listed}. Both numbers are
   * primary-key lookups.
   */
  private static boolean walkTheArchive(Handle h, Listing listing, long wanted) {
    long listed = ListingSummaries.count(h, table(listing), listing.id());
    if (listed == 0) {
      return false;
    }
    long archive = h.createQuery("select coalesce(max(id), 0) from article").mapTo(Long.class).one();
    return wanted * archive < listed * listed;
  }

  private long count(Handle h, Listing listing) {
    return listing.kind() == Kind.SITE ? summaries.countAll(h) : ListingSummaries.count(h, table(listing), listing.id());
  }

  private static String table(Listing listing) {
    return switch (listing.kind()) {
      case SITE -> throw new IllegalArgumentException("the site is no row");
      case SECTION -> "section";
      case TOPIC -> "topic";
      case AUTHOR -> "author";
    };
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
