package kiosque.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import kiosque.content.PublishedListings;
import org.jdbi.v3.core.Jdbi;

/** The SQL feeds and sitemaps need beyond the article store: ids of the latest articles, dates for lastmod. */
final class SyndicationStore {

  /** An article's address parts and its dates, for sitemaps. */
  record Dated(long id, String slug, Instant publishedAt, Instant updatedAt) {}

  /** A section, topic or author page and the last update of what it lists. */
  record Named(String slug, Instant lastModified) {}

  private final Jdbi jdbi;
  private final PublishedListings listings;

  SyndicationStore(Jdbi jdbi) {
    this.jdbi = jdbi;
    this.listings = new PublishedListings(jdbi);
  }

  /** The newest published articles of a listing, in the order listings show them. */
  List<Long> latestIds(Listing listing, int limit) {
    PublishedListings.Kind kind = switch (listing.kind()) {
      case SITE -> PublishedListings.Kind.SITE;
      case SECTION -> PublishedListings.Kind.SECTION;
      case TOPIC -> PublishedListings.Kind.TOPIC;
      case AUTHOR -> PublishedListings.Kind.AUTHOR;
    };
    return listings.firstIds(new PublishedListings.Listing(kind, listing.id()), limit);
  }

  /** Whether the topics sitemap has anything to list; stops at the first link (the index asks at every request). */
  boolean anyTopicWithArticles() {
    return exists("select 1 from article_topic l join article a on a.id = l.article_id where a.status = 'published'");
  }

  boolean anyAuthorWithArticles() {
    return exists("select 1 from article_author l join article a on a.id = l.article_id where a.status = 'published'");
  }

  private boolean exists(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql + " limit 1").mapTo(Integer.class).findFirst().isPresent());
  }

  /** Publication and update times of every published article (no id, no slug): months and their lastmod come from them. */
  List<Dated> allPublishedDates() {
    return jdbi.withHandle(h -> h.createQuery(
            // Only columns of article_dates (V502): read from the index, not from 100,000 rows with their bodies.
            "select a.published_at, a.updated_at from article a where a.status = 'published'")
        .map((rs, ctx) -> new Dated(0, null, instant(rs, "published_at"), instant(rs, "updated_at")))
        .list());
  }

  /** Published in [from, to), oldest first, at most {@code limit}. */
  List<Dated> publishedBetween(Instant from, Instant to, int limit) {
    return jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.slug, a.published_at, a.updated_at from article a
            where a.status = 'published' and a.published_at >= :from and a.published_at < :to
            order by a.published_at, a.id limit :limit
            """)
        .bind("from", utc(from))
        .bind("to", utc(to))
        .bind("limit", limit)
        .map((rs, ctx) -> dated(rs))
        .list());
  }

  List<Named> sectionsWithArticles(int limit) {
    return named("""
        select s.slug, max(a.updated_at) as last_modified from section s join article a on a.section_id = s.id
        where a.status = 'published' group by s.slug order by last_modified desc limit :limit
        """, limit);
  }

  List<Named> topicsWithArticles(int limit) {
    return named("""
        select t.slug, max(a.updated_at) as last_modified from topic t
        join article_topic at on at.topic_id = t.id join article a on a.id = at.article_id
        where a.status = 'published' group by t.slug order by last_modified desc limit :limit
        """, limit);
  }

  List<Named> authorsWithArticles(int limit) {
    return named("""
        select au.slug, max(a.updated_at) as last_modified from author au
        join article_author aa on aa.author_id = au.id join article a on a.id = aa.article_id
        where a.status = 'published' group by au.slug order by last_modified desc limit :limit
        """, limit);
  }

  private List<Named> named(String sql, int limit) {
    return jdbi.withHandle(h -> h.createQuery(sql)
        .bind("limit", limit)
        .map((rs, ctx) -> new Named(rs.getString("slug"), instant(rs, "last_modified")))
        .list());
  }

  private static Dated dated(ResultSet rs) throws SQLException {
    return new Dated(rs.getLong("id"), rs.getString("slug"), instant(rs, "published_at"), instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
