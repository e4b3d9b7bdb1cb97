package kiosque.content;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many published articles each section, topic, author and month of publication (in the site's
 * time zone) lists, and their newest update: page counts and sitemaps' lastmod, kept by the writes
 * in the transaction of the change instead of aggregated at each request (V520__listing_summaries.sql).
 *
 * <p>Counts move by one as an article enters or leaves a listing. A newer update can only raise a
 * maximum, so an article that is published, edited or tagged raises what it belongs to with one
 * conditional update. Only when an article leaves a listing (unpublished, re-tagged, moved to
 * another section or month) or its update goes back (an import with an older date) while it held
 * that listing's maximum is the maximum recomputed from the listing's articles, under the row's
 * lock so that a concurrent raise is not lost.
 */
public final class ListingSummaries {

  private static final Logger LOG = LoggerFactory.getLogger(ListingSummaries.class);

  /**
   * What one article counts for: its update time where it is published, with the listings it
   * belongs to. Not published: {@code updatedAt} is null and it counts nowhere.
   */
  record Contribution(Instant updatedAt, Set<Long> sections, Set<Long> topics, Set<Long> authors, Set<String> months) {
    static final Contribution NONE = new Contribution(null, Set.of(), Set.of(), Set.of(), Set.of());
  }

  private final ZoneId zone;
  private final String zoneId;

  public ListingSummaries(ZoneId zone) {
    this.zone = zone;
    this.zoneId = zone.getId();
  }

  /** The article as it stands in this transaction. */
  Contribution read(Handle handle, long articleId) {
    Optional<Contribution> published = handle.createQuery(
            "select section_id, published_at, updated_at from article where id = :id and status = 'published'")
        .bind("id", articleId)
        .map((rs, ctx) -> {
          long section = rs.getLong(1);
          Set<Long> sections = rs.wasNull() ? Set.of() : Set.of(section);
          OffsetDateTime publishedAt = rs.getObject(2, OffsetDateTime.class);
          return new Contribution(rs.getObject(3, OffsetDateTime.class).toInstant(), sections, Set.of(), Set.of(),
              publishedAt == null ? Set.of() : Set.of(month(publishedAt.toInstant())));
        })
        .findOne();
    return published.map(c -> new Contribution(c.updatedAt(), c.sections(),
            links(handle, "article_topic", "topic_id", articleId), links(handle, "article_author", "author_id", articleId),
            c.months()))
        .orElse(Contribution.NONE);
  }

  /** Moves the summaries from what the article counted for before to what it counts for now. */
  void apply(Handle handle, Contribution before, Contribution after) {
    // Always in the same order (sections, topics, authors, months; keys ascending) so that two
    // writers lock summary rows in the same order and never deadlock.
    apply(handle, before, after, Contribution::sections, ROWS.get("section"));
    apply(handle, before, after, Contribution::topics, ROWS.get("topic"));
    apply(handle, before, after, Contribution::authors, ROWS.get("author"));
    apply(handle, before, after, Contribution::months, new Months());
  }

  private static <K extends Comparable<K>> void apply(Handle handle, Contribution before, Contribution after,
      Function<Contribution, Set<K>> keys, Summary<K> summary) {
    Set<K> was = before.updatedAt() == null ? Set.of() : keys.apply(before);
    Set<K> is = after.updatedAt() == null ? Set.of() : keys.apply(after);
    Set<K> all = new TreeSet<>(was);
    all.addAll(is);
    for (K key : all) {
      Instant from = was.contains(key) ? before.updatedAt() : null;
      Instant to = is.contains(key) ? after.updatedAt() : null;
      int count = (to != null ? 1 : 0) - (from != null ? 1 : 0);
      if (from != null && (to == null || to.isBefore(from))) {
        summary.lower(handle, key, count, from);
      } else if (to != null && !to.equals(from)) {
        summary.raise(handle, key, count, to);
      }
    }
  }

  /** After a topic merge: the kept topic's count and newest update, from its articles. */
  public static void recomputeTopic(Handle handle, long topicId) {
    ROWS.get("topic").recompute(handle, topicId);
  }

  /**
   * Fills the months for this zone when none is there yet (a new database, the first start after
   * V520, or another time zone configured), before any write can count in a month. Reads the date
   * columns of every published article once, from the article_dates index.
   */
  public void ensureMonths(Jdbi jdbi) {
    if (monthsFilled(jdbi)) {
      return;
    }
    try {
      jdbi.useTransaction(h -> {
        Map<String, Instant> newest = new TreeMap<>();
        Map<String, Integer> counts = new TreeMap<>();
        h.createQuery("select published_at, updated_at from article where status = 'published'")
            .map((rs, ctx) -> new Instant[] {
                rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getObject(2, OffsetDateTime.class).toInstant()})
            .forEach(dates -> {
              String month = month(dates[0]);
              newest.merge(month, dates[1], (a, b) -> a.isAfter(b) ? a : b);
              counts.merge(month, 1, Integer::sum);
            });
        // Rows of another zone are stale: writes only keep this one's.
        h.createUpdate("delete from listing_month").execute();
        var batch = h.prepareBatch(
            "insert into listing_month (time_zone, published_month, published_count, newest_update) values (?, ?, ?, ?)");
        newest.forEach((month, update) -> batch.add(zoneId, month, counts.get(month), ArticleStore.utc(update)));
        if (!newest.isEmpty()) {
          batch.execute();
        }
      });
    } catch (RuntimeException e) {
      // Another node starting on the same database may have filled them at the same moment (our
      // insert then meets its rows): they are there now. Anything else is a real failure.
      if (!monthsFilled(jdbi)) {
        throw e;
      }
      LOG.info("Months of the listings filled by another node at the same moment ({})", e.getMessage());
    }
  }

  private boolean monthsFilled(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("select 1 from listing_month where time_zone = :zone limit 1")
        .bind("zone", zoneId).mapTo(Integer.class).findFirst().isPresent());
  }

  String month(Instant publishedAt) {
    return YearMonth.from(publishedAt.atZone(zone)).toString();
  }

  private static Set<Long> links(Handle handle, String table, String column, long articleId) {
    return new HashSet<>(handle.createQuery("select " + column + " from " + table + " where article_id = :id")
        .bind("id", articleId).mapTo(Long.class).list());
  }

  private interface Summary<K> {
    /** Adds {@code count} (-1, 0 or 1) and raises the newest update to {@code to} if it is older. */
    void raise(Handle handle, K key, int count, Instant to);

    /**
     * Adds {@code count}; the article whose update was {@code from} left the listing or went back:
     * the newest update is recomputed if that article held it.
     */
    void lower(Handle handle, K key, int count, Instant from);
  }

  /** Two columns on the section, topic or author row. */
  private record OnRow(String table, String articles) implements Summary<Long> {

    @Override
    public void raise(Handle handle, Long id, int count, Instant to) {
      handle.createUpdate("update " + table + " set published_count = published_count + :count,"
              + " newest_update = case when newest_update is null or newest_update < :to then :to"
              + " else newest_update end where id = :id")
          .bind("count", count).bind("to", ArticleStore.utc(to)).bind("id", id).execute();
    }

    @Override
    public void lower(Handle handle, Long id, int count, Instant from) {
      // The lock first: the recomputation is a later statement, so on PostgreSQL it sees whatever
      // a writer holding the row committed meanwhile.
      OffsetDateTime current = handle.createQuery("select newest_update from " + table + " where id = :id for update")
          .bind("id", id).mapTo(OffsetDateTime.class).list().stream().filter(Objects::nonNull).findFirst()
          .orElse(null);
      handle.createUpdate("update " + table + " set published_count = published_count + :count where id = :id")
          .bind("count", count).bind("id", id).execute();
      if (current == null || !current.toInstant().isAfter(from)) {
        handle.createUpdate("update " + table + " set newest_update = (select max(a.updated_at) " + articles
                + ") where id = :id")
            .bind("id", id).execute();
      }
    }

    void recompute(Handle handle, long id) {
      handle.createUpdate("update " + table + " set published_count = (select count(*) " + articles
              + "), newest_update = (select max(a.updated_at) " + articles + ") where id = :id")
          .bind("id", id).execute();
    }
  }

  /** The published articles of row {@code :id}, as a from clause. */
  private static final Map<String, OnRow> ROWS = Map.of(
      "section", new OnRow("section", "from article a where a.section_id = :id and a.status = 'published'"),
      "topic", new OnRow("topic", "from article_topic l join article a on a.id = l.article_id"
          + " where l.topic_id = :id and a.status = 'published'"),
      "author", new OnRow("author", "from article_author l join article a on a.id = l.article_id"
          + " where l.author_id = :id and a.status = 'published'"));

  /** One row per month with published articles (in this zone); none for an empty month. */
  private final class Months implements Summary<String> {

    @Override
    public void raise(Handle handle, String month, int count, Instant to) {
      int updated = handle.createUpdate("update listing_month set published_count = published_count + :count,"
              + " newest_update = case when newest_update < :to then :to else newest_update end"
              + " where time_zone = :zone and published_month = :month")
          .bind("count", count).bind("to", ArticleStore.utc(to)).bind("zone", zoneId).bind("month", month).execute();
      if (updated == 0) {
        // The month's first article. Two writers opening the same month at the same instant:
        // one of them fails on the primary key and its transaction is rolled back, not miscounted.
        handle.createUpdate("insert into listing_month (time_zone, published_month, published_count, newest_update)"
                + " values (:zone, :month, :count, :to)")
            .bind("count", count).bind("to", ArticleStore.utc(to)).bind("zone", zoneId).bind("month", month).execute();
      }
    }

    @Override
    public void lower(Handle handle, String month, int count, Instant from) {
      Optional<Object[]> current = handle.createQuery("select published_count, newest_update from listing_month"
              + " where time_zone = :zone and published_month = :month for update")
          .bind("zone", zoneId).bind("month", month)
          .map((rs, ctx) -> new Object[] {rs.getInt(1), rs.getObject(2, OffsetDateTime.class)}).findFirst();
      if (current.isEmpty()) {
        return;
      }
      int published = (Integer) current.get()[0] + count;
      if (published <= 0) {
        handle.createUpdate("delete from listing_month where time_zone = :zone and published_month = :month")
            .bind("zone", zoneId).bind("month", month).execute();
        return;
      }
      OffsetDateTime newest = (OffsetDateTime) current.get()[1];
      if (newest.toInstant().isAfter(from)) {
        handle.createUpdate("update listing_month set published_count = :published"
                + " where time_zone = :zone and published_month = :month")
            .bind("published", published).bind("zone", zoneId).bind("month", month).execute();
        return;
      }
      YearMonth ym = YearMonth.parse(month);
      OffsetDateTime recomputed = handle.createQuery("select max(updated_at) from article"
              + " where status = 'published' and published_at >= :from and published_at < :to")
          .bind("from", ArticleStore.utc(ym.atDay(1).atStartOfDay(zone).toInstant()))
          .bind("to", ArticleStore.utc(ym.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
          .mapTo(OffsetDateTime.class).one();
      handle.createUpdate("update listing_month set published_count = :published, newest_update = :newest"
              + " where time_zone = :zone and published_month = :month")
          .bind("published", published).bind("newest", recomputed).bind("zone", zoneId).bind("month", month)
          .execute();
    }
  }

  /** Each month with published articles, newest first, and its newest update: the sitemap index. */
  public List<Map.Entry<YearMonth, Instant>> months(Jdbi jdbi) {
    return jdbi.withHandle(h -> h.createQuery("select published_month, newest_update from listing_month"
            + " where time_zone = :zone order by published_month desc")
        .bind("zone", zoneId)
        .map((rs, ctx) -> Map.entry(yearMonth(rs.getString(1)), ArticleStore.instant(rs, 2)))
        .list());
  }

  /**
   * A month as {@link #month} stores it ({@code 2021-01}, {@code YearMonth.toString} for the years
   * 0 to 9999), read without {@code YearMonth.parse}'s formatter: the sitemap index reads every
   * month of the archive (a third of its garbage, issue 15). Anything else goes to the parser.
   */
  static YearMonth yearMonth(String stored) {
    if (stored.length() == 7 && stored.charAt(4) == '-' && digits(stored, 0, 4) && digits(stored, 5, 7)) {
      int month = (stored.charAt(5) - '0') * 10 + stored.charAt(6) - '0';
      if (month >= 1 && month <= 12) {
        return YearMonth.of(Integer.parseInt(stored, 0, 4, 10), month);
      }
    }
    // Not a month as stored: the parser reads it, or says what is wrong.
    return YearMonth.parse(stored);
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** Published articles in the months from {@code first} to {@code last}, both included. */
  long count(Handle handle, YearMonth first, YearMonth last) {
    return handle.createQuery("select coalesce(sum(published_count), 0) from listing_month"
            + " where time_zone = :zone and published_month >= :first and published_month <= :last")
        .bind("zone", zoneId).bind("first", first.toString()).bind("last", last.toString())
        .mapTo(Long.class).one();
  }

  /** Every published article: the sum of the months. */
  long countAll(Handle handle) {
    return handle.createQuery("select coalesce(sum(published_count), 0) from listing_month where time_zone = :zone")
        .bind("zone", zoneId).mapTo(Long.class).one();
  }

  /** Published articles of a section, topic or author ({@code table}), from its row. */
  static long count(Handle handle, String table, long id) {
    return handle.createQuery("select published_count from " + table + " where id = :id")
        .bind("id", id).mapTo(Long.class).findOne().orElse(0L);
  }
}
