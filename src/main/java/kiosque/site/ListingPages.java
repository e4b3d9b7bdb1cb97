package kiosque.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Function;
import kiosque.content.ArticleStore;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.Page;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.content.Teaser;
import kiosque.errors.NotFoundException;
import kiosque.feeds.PageMetadata;
import kiosque.web.ArchiveMonths;
import kiosque.web.CacheKeys;
import kiosque.web.Layout;
import kiosque.web.LayoutFactory;
import kiosque.web.Link;
import kiosque.web.Pagination;
import kiosque.web.Urls;

/** The listings: section, topic and author pages (with feeds), and the year, month and day archives. */
final class ListingPages {

  private static final ArchiveMonths NO_ARCHIVES = new ArchiveMonths(List::of, () -> 0, Duration.ofDays(1));

  private final ArticleStore articles;
  private final TaxonomyStore taxonomy;
  private final LayoutFactory layouts;
  private final Urls urls;
  private final FrenchDates dates;
  private final int pageSize;
  private final PageMetadata metadata;
  private final TeaserViews teaserViews;
  private final Clock clock;

  ListingPages(ArticleStore articles, TaxonomyStore taxonomy, LayoutFactory layouts, Urls urls, FrenchDates dates,
      int pageSize, PageMetadata metadata, TeaserViews teaserViews, Clock clock) {
    this.articles = articles;
    this.taxonomy = taxonomy;
    this.layouts = layouts;
    this.urls = urls;
    this.dates = dates;
    this.pageSize = pageSize;
    this.metadata = metadata;
    this.teaserViews = teaserViews;
    this.clock = clock;
  }

  ListingPage section(String slug, int page) {
    Section section = taxonomy.sectionBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
    return feedListing(section.name(), section.description(), urls.section(slug), page,
        n -> articles.inSection(section.id(), n, pageSize), CacheKeys.section(section.id()));
  }

  ListingPage topic(String slug, int page) {
    var topic = taxonomy.topicBySlug(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    return feedListing(topic.name(), topic.description(), urls.topic(slug), page,
        n -> articles.withTopic(topic.id(), n, pageSize), CacheKeys.topic(topic.id()));
  }

  ListingPage author(String slug, int page) {
    Author author = taxonomy.authorBySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
    return feedListing(author.displayName(), author.bio(), urls.author(slug), page,
        n -> articles.byAuthor(author.id(), n, pageSize), CacheKeys.author(author.id()));
  }

  ListingPage year(int year, int page) {
    ZoneId zone = dates.zone();
    var from = LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant();
    var to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
    ArchiveNavigation nav = new ArchiveNavigation(
        archives().yearBefore(year).map(this::yearLink).orElse(null), null, null, null,
        archives().yearAfter(year).map(this::yearLink).orElse(null));
    return archive(layouts.messages().format("archive.year", String.valueOf(year)), urls.year(year), page,
        n -> articles.inMonths(YearMonth.of(year, 1), YearMonth.of(year, 12), from, to, n, pageSize),
        CacheKeys.year(year), nav);
  }

  ListingPage month(int year, int month, int page) {
    YearMonth ym = YearMonth.of(year, month);
    ZonedDateTime start = ym.atDay(1).atStartOfDay(dates.zone());
    return archive(layouts.messages().format("archive.month", dates.month(year, month)), urls.month(year, month), page,
        n -> articles.inMonths(ym, ym, start.toInstant(), start.plusMonths(1).toInstant(), n, pageSize),
        CacheKeys.month(ym), around(ym, yearLink(year)));
  }

  /** A day's articles ({@code /2025/07/09/}), from the dateline's link; purged with its month. */
  ListingPage day(LocalDate day, int page) {
    ZonedDateTime start = day.atStartOfDay(dates.zone());
    YearMonth ym = YearMonth.from(day);
    return archive(layouts.messages().format("archive.day", dates.day(start.plusHours(12).toInstant())),
        urls.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), page,
        n -> articles.publishedBetween(start.toInstant(), start.plusDays(1).toInstant(), n, pageSize),
        CacheKeys.month(ym), around(ym, monthLink(ym)).withDays(dayBefore(start), dayAfter(start.plusDays(1))));
  }

  /** The nearest earlier day with a published article, or null. */
  private Link dayBefore(ZonedDateTime dayStarts) {
    return articles.lastPublishedBefore(dayStarts.toInstant()).map(this::dayLink).orElse(null);
  }

  /** The nearest later day with a published article up to today (never a day to come), or null. */
  private Link dayAfter(ZonedDateTime nextDayStarts) {
    Instant todayEnds = dates.now(clock).toLocalDate().plusDays(1).atStartOfDay(dates.zone()).toInstant();
    if (!nextDayStarts.toInstant().isBefore(todayEnds)) {
      return null;
    }
    return articles.firstPublishedBetween(nextDayStarts.toInstant(), todayEnds).map(this::dayLink).orElse(null);
  }

  private Link dayLink(Instant published) {
    LocalDate day = dates.local(published).toLocalDate();
    return new Link(dates.day(published), urls.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
  }

  /** Previous and next month and year with articles around a month. */
  private ArchiveNavigation around(YearMonth month, Link up) {
    return new ArchiveNavigation(
        archives().yearBefore(month.getYear()).map(this::yearLink).orElse(null),
        archives().before(month).map(this::monthLink).orElse(null),
        up,
        archives().after(month).map(this::monthLink).orElse(null),
        archives().yearAfter(month.getYear()).map(this::yearLink).orElse(null));
  }

  private ArchiveMonths archives() {
    return layouts.archives() != null ? layouts.archives() : NO_ARCHIVES;
  }

  private Link yearLink(int year) {
    return new Link(String.valueOf(year), urls.year(year));
  }

  private Link monthLink(YearMonth month) {
    return new Link(dates.month(month.getYear(), month.getMonthValue()),
        urls.month(month.getYear(), month.getMonthValue()));
  }

  /** A section, topic or author page: it has feeds. */
  private ListingPage feedListing(String heading, String intro, String path, int page,
      Function<Integer, Page<Teaser>> query, String listingKey) {
    Page<Teaser> result = query.apply(page);
    Layout layout = listingLayout(heading, intro, path, result)
        .withCacheKeys(CacheKeys.listing(listingKey, result.items().stream().map(Teaser::id).toList()));
    return new ListingPage(metadata.listing(layout, heading, path), heading, intro, teaserViews.of(result.items()),
        pagination(path, result), null);
  }

  /** A date archive: no feeds, links to the periods around it. */
  private ListingPage archive(String heading, String path, int page, Function<Integer, Page<Teaser>> query,
      String listingKey, ArchiveNavigation nav) {
    Page<Teaser> result = query.apply(page);
    Layout layout = listingLayout(heading, null, path, result)
        .withCacheKeys(CacheKeys.listing(listingKey, result.items().stream().map(Teaser::id).toList()));
    return new ListingPage(layout, heading, null, teaserViews.of(result.items()), pagination(path, result), nav);
  }

  private Layout listingLayout(String heading, String intro, String path, Page<Teaser> result) {
    requireExists(result);
    int page = result.number();
    String title = page == 1 ? heading : layouts.messages().format("listing.pageTitle", heading, page);
    String description = intro != null && !intro.isBlank() ? intro
        : layouts.messages().format("listing.description", heading, layouts.siteName());
    return layouts.page(title, description, Urls.page(path, page));
  }

  /** Pages past the last one do not exist; the first page always does, even when empty. */
  static void requireExists(Page<Teaser> page) {
    if (page.number() > 1 && page.items().isEmpty()) {
      throw new NotFoundException("page " + page.number());
    }
  }

  static Pagination pagination(String path, Page<Teaser> page) {
    return new Pagination(page.number(), page.pageCount(),
        page.hasPrevious() ? Urls.page(path, page.number() - 1) : null,
        page.hasNext() ? Urls.page(path, page.number() + 1) : null);
  }
}
