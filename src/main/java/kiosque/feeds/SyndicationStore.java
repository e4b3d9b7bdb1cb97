package kiosque.feeds;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.content.Author;
import kiosque.content.ListingSummaries;
import kiosque.content.Topic;
import kiosque.content.PublishedListings;
import org.jdbi.v3.core.Jdbi;

/** The SQL feeds and sitemaps need beyond the article store: the latest articles for a feed, dates for lastmod. */
final class SyndicationStore {

  /** An article's address parts and its dates, for sitemaps. */
  record Dated(long id, String slug, Instant publishedAt, Instant updatedAt) {}

  /** A section, topic or author page and the last update of what it lists. */
  record Named(String slug, Instant lastModified) {}

  private final Jdbi jdbi;
  private final PublishedListings listings;
  private final ListingSummaries listingSummaries;

  SyndicationStore(Jdbi jdbi, ZoneId zone) {
    this.jdbi = jdbi;
    this.listingSummaries = new ListingSummaries(zone);
    this.listings = new PublishedListings(jdbi, listingSummaries);
  }

  /**
   * The newest published articles of a listing, in the order listings show them, with what a feed
   * entry shows and nothing else: one listing query with the body (not the plain text, the
   * source or the section), then their authors and topics in one query each.
   */
  /** An entry's article, and whether it has a lead image to look up (most have none: no query for them). */
  record FeedArticle(Article article, boolean hasLeadImage) {}

  List<FeedArticle> latest(Listing listing, int limit) {
    PublishedListings.Kind kind = switch (listing.kind()) {
      case SITE -> PublishedListings.Kind.SITE;
      case SECTION -> PublishedListings.Kind.SECTION;
      case TOPIC -> PublishedListings.Kind.TOPIC;
      case AUTHOR -> PublishedListings.Kind.AUTHOR;
    };
    List<FeedArticle> bare = listings.first(new PublishedListings.Listing(kind, listing.id()), limit, FEED_COLUMNS,
        (rs, ctx) -> new FeedArticle(new Article(rs.getLong(1), null, rs.getString(2), rs.getString(3),
            rs.getString(4), rs.getString(5), "", null, List.of(), List.of(), ArticleStatus.PUBLISHED,
            instant(rs, "published_at"), instant(rs, "created_at"), instant(rs, "updated_at"), null, null, 0),
            rs.getObject("lead_media_id") != null));
    if (bare.isEmpty()) {
      return bare;
    }
    List<Long> ids = bare.stream().map(f -> f.article().id()).toList();
    return jdbi.withHandle(h -> {
      Map<Long, List<Author>> authors = new HashMap<>();
      h.createQuery("""
              select l.article_id, au.id, au.byline, au.slug from article_author l join author au on au.id = l.author_id
              where l.article_id in (<ids>) order by l.article_id, l.position""")
          .bindList("ids", ids)
          .map((rs, ctx) -> Map.entry(rs.getLong(1), new Author(rs.getLong(2), rs.getString(3), null, null, rs.getString(4))))
          .forEach(e -> authors.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      Map<Long, List<Topic>> topics = new HashMap<>();
      h.createQuery("""
              select l.article_id, t.id, t.name, t.slug from article_topic l join topic t on t.id = l.topic_id
              where l.article_id in (<ids>) order by l.article_id, l.position""")
          .bindList("ids", ids)
          .map((rs, ctx) -> Map.entry(rs.getLong(1), new Topic(rs.getLong(2), rs.getString(3), rs.getString(4), null)))
          .forEach(e -> topics.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
      return bare.stream().map(f -> {
        Article a = f.article();
        return new FeedArticle(new Article(a.id(), null, a.slug(), a.title(), a.summary(), a.bodyHtml(), "", null,
            authors.getOrDefault(a.id(), List.of()), topics.getOrDefault(a.id(), List.of()), a.status(),
            a.publishedAt(), a.createdAt(), a.updatedAt(), null, null, 0), f.hasLeadImage());
      }).toList();
    });
  }

  private static final String FEED_COLUMNS =
      "a.id, a.slug, a.title, a.summary, a.body_html, a.published_at, a.created_at, a.updated_at, a.lead_media_id";

  // The newest update of each section, topic, author and month is kept by the writes
  // (ListingSummaries, V520__listing_summaries.sql): these read a few thousand small rows at most.

  /** How many topics or authors ({@code table}) have published articles: the index counts their sitemap files. */
  int countWithArticles(String table) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from " + table(table) + " where newest_update is not null")
        .mapTo(Integer.class).one());
  }

  /** Each month with published articles, newest first, with its newest update. */
  List<Map.Entry<YearMonth, Instant>> months() {
    return listingSummaries.months(jdbi);
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
    return withArticles("section", 0, limit);
  }

  /** Sections, topics or authors ({@code table}) with published articles, the most recently updated first. */
  List<Named> withArticles(String table, int offset, int limit) {
    return jdbi.withHandle(h -> h.createQuery("select slug, newest_update from " + table(table)
            + " where newest_update is not null order by newest_update desc, id limit :limit offset :offset")
        .bind("limit", limit)
        .bind("offset", offset)
        .map((rs, ctx) -> new Named(rs.getString(1), instant(rs, "newest_update")))
        .list());
  }

  /** The table name is written into the SQL: only the three that keep a newest update. */
  private static String table(String table) {
    return switch (table) {
      case "section", "topic", "author" -> table;
      default -> throw new IllegalArgumentException("no listing summary in " + table);
    };
  }

  private static Dated dated(ResultSet rs) throws SQLException {
    return new Dated(rs.getLong("id"), rs.getString("slug"), instant(rs, "published_at"), instant(rs, "updated_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    return ArticleStore.instant(rs, rs.findColumn(column));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
