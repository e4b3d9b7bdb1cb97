package kiosque.web;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kiosque.content.Article;

/**
 * What a cacheable response depends on, so that a change purges exactly the responses it affects.
 *
 * <p>Two kinds of surrogate keys (sent in {@code Surrogate-Key} for a CDN, used by the in-memory
 * cache): <em>listing keys</em> name a list of articles ({@code latest}, {@code section-4},
 * {@code topic-7}, {@code author-2}, {@code month-2025-06}, {@code year-2025}) and are purged
 * whenever an article enters, leaves or changes in that list; <em>entity keys</em> name one thing
 * a page shows ({@code article-123}, and on an article page {@code in-section-4},
 * {@code in-topic-7}, {@code by-author-2}, for purging every article of a renamed section).
 * Publishing in section 4 purges {@code section-4} but never {@code in-section-4}: the other
 * articles of the section do not change.
 *
 * @param surrogate the keys sent in the header
 * @param shows the articles a listing shows (kept in memory only): where an article was before
 *     it moved, so the lists it left are purged too
 * @param memberOf on an article page, the listing keys of its article when it was rendered:
 *     again what the article belonged to before a change
 */
public record CacheKeys(Set<String> surrogate, Set<Long> shows, Set<String> memberOf) {

  public static final CacheKeys NONE = new CacheKeys(Set.of(), Set.of(), Set.of());
  public static final String LATEST = "latest";
  public static final String PUBLISHER = "publisher";
  /** The home page's own key: what the editors' arrangement of it changes (the feeds share {@link #LATEST}). */
  public static final String HOME = "home";

  /**
   * Sent by every cached response, never filed in memory: a CDN purges everything with it when
   * every page changes (a new or renamed section is in every page's navigation).
   */
  public static final String ALL = "all";

  public CacheKeys {
    surrogate = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(surrogate));
    shows = Set.copyOf(shows);
    memberOf = Set.copyOf(memberOf);
  }

  /** A page that depends on the given keys only (sitemaps, the publisher page). */
  public static CacheKeys of(String... keys) {
    return new CacheKeys(new LinkedHashSet<>(List.of(keys)), Set.of(), Set.of());
  }

  /** A list of articles under one listing key, and which articles it shows. */
  public static CacheKeys listing(String listingKey, Collection<Long> shownArticles) {
    return new CacheKeys(Set.of(listingKey), Set.copyOf(shownArticles), Set.of());
  }

  /** An article's own page: its entity keys, and the lists it belongs to now. */
  public static CacheKeys articlePage(Article article, ZoneId zone) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(article(article.id()));
    if (article.section() != null) {
      keys.add("in-" + section(article.section().id()));
    }
    article.topics().forEach(t -> keys.add("in-" + topic(t.id())));
    article.authors().forEach(a -> keys.add("by-" + author(a.id())));
    return new CacheKeys(keys, Set.of(), listingsOf(article, zone));
  }

  /** Every listing an article appears in while published: home and site feeds, section, topics, authors, archives. */
  public static Set<String> listingsOf(Article article, ZoneId zone) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add(LATEST);
    if (article.section() != null) {
      keys.add(section(article.section().id()));
    }
    article.topics().forEach(t -> keys.add(topic(t.id())));
    article.authors().forEach(a -> keys.add(author(a.id())));
    if (article.publishedAt() != null) {
      ZonedDateTime local = article.publishedAt().atZone(zone);
      keys.add(month(YearMonth.from(local)));
      keys.add(year(local.getYear()));
    }
    return keys;
  }

  public static String article(long id) {
    return "article-" + id;
  }

  public static String section(long id) {
    return "section-" + id;
  }

  public static String topic(long id) {
    return "topic-" + id;
  }

  public static String author(long id) {
    return "author-" + id;
  }

  public static String month(YearMonth month) {
    return "month-" + month;
  }

  public static String year(int year) {
    return "year-" + year;
  }

  /** The {@code Surrogate-Key} header value: keys separated by spaces, then {@link #ALL}. */
  public String header() {
    return surrogate.isEmpty() ? ALL : String.join(" ", surrogate) + " " + ALL;
  }
}
