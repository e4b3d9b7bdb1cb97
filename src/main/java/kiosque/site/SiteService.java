package kiosque.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.content.ReadingTime;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.LegacyPaths;
import kiosque.content.Page;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.content.Teaser;
import kiosque.feeds.LeadImage;
import kiosque.frontpage.FrontPageChoices;
import kiosque.feeds.PageMetadata;
import kiosque.related.RelatedArticles;
import kiosque.web.ArchiveMonths;
import kiosque.web.CacheKeys;
import kiosque.errors.GoneException;
import kiosque.web.Layout;
import kiosque.web.LayoutFactory;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.errors.NotFoundException;
import kiosque.web.Pagination;
import kiosque.web.Urls;
import kiosque.popular.MostRead;

/** Builds the reader pages from the stores; every page is a record ready for its template. */
public final class SiteService {

  /** Items readers see under "Aller plus loin" and "Ces articles devraient vous intéresser". */
  public static final int GO_FURTHER = 4;
  public static final int RECOMMENDED = 10;
  static final int HOME_LATEST = 12;
  static final int HOME_PER_SECTION = 4;
  /** How long after publication a change starts to show as an update. */
  static final Duration UPDATE_SHOWN_AFTER = Duration.ofMinutes(5);

  private final ArticleStore articles;
  private final TaxonomyStore taxonomy;
  private final RelatedArticles related;
  private final LayoutFactory layouts;
  private final Urls urls;
  private final FrenchDates dates;
  private final FollowLinks follow;
  private final int pageSize;
  private final PageMetadata metadata;
  private final TeaserViews teaserViews;
  private final FrontPageChoices frontPage;
  private final ShareLinks shareLinks;
  // "Les plus lus": rankings held in memory, read by renderings; none on a site built without it.
  private final MostRead mostRead;

  public SiteService(ArticleStore articles, TaxonomyStore taxonomy, RelatedArticles related, LayoutFactory layouts,
      Urls urls, FrenchDates dates, FollowLinks follow, int pageSize, PageMetadata metadata,
      FrontPageChoices frontPage, Clock clock) {
    this(articles, taxonomy, related, layouts, urls, dates, follow, pageSize, metadata, frontPage, clock, null);
  }

  /** With "Les plus lus" on the home and article pages. */
  public SiteService(ArticleStore articles, TaxonomyStore taxonomy, RelatedArticles related, LayoutFactory layouts,
      Urls urls, FrenchDates dates, FollowLinks follow, int pageSize, PageMetadata metadata,
      FrontPageChoices frontPage, Clock clock, MostRead mostRead) {
    this.mostRead = mostRead;
    this.metadata = metadata;
    this.frontPage = frontPage;
    this.teaserViews = new TeaserViews(urls, dates, clock);
    this.articles = articles;
    this.taxonomy = taxonomy;
    this.related = related;
    this.layouts = layouts;
    this.urls = urls;
    this.dates = dates;
    this.follow = follow;
    this.pageSize = pageSize;
    this.shareLinks = new ShareLinks(layouts.messages());
  }

  /** A published article; 410 once withdrawn, 404 when it never was public. */
  public Article publishedArticle(long id) {
    Article article = articles.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
    if (article.status() == ArticleStatus.UNPUBLISHED) {
      throw new GoneException("article " + id);
    }
    if (!article.isPublished()) {
      throw new NotFoundException("article " + id + " is not published");
    }
    return article;
  }

  public String canonicalPath(Article article) {
    return urls.article(article);
  }

  public ArticlePage articlePage(Article article) {
    Messages msg = layouts.messages();
    RelatedArticles.Shown lists = related.shown(article, GO_FURTHER, RECOMMENDED);

    Section section = article.section();
    LocalDate day = dates.local(article.publishedAt()).toLocalDate();
    Dateline dateline = new Dateline(dates.day(article.publishedAt()), dates.time(article.publishedAt()),
        dates.iso(article.publishedAt()), urls.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()),
        section == null ? null : new Link(section.name(), urls.section(section.slug())),
        article.authors().stream().map(this::authorLink).toList());
    boolean corrected = shownAsUpdated(article);
    Link source = article.sourceName() == null && article.sourceUrl() == null ? null
        : new Link(article.sourceName() != null ? article.sourceName() : article.sourceUrl(), article.sourceUrl());
    String description = article.summary().isBlank() ? article.bodyText() : article.summary();
    Optional<LeadImage> lead = metadata.leadImage(article);
    // The SEO title and description, when the newsroom set them, are what search engines show (issue 13).
    ArticleExtras extras = article.extras();
    Layout layout = metadata.article(layouts.page(extras.seoTitle() != null ? extras.seoTitle() : article.title(),
            extras.seoDescription() != null ? extras.seoDescription() : description, urls.article(article)), article, lead)
        .withCacheKeys(CacheKeys.articlePage(article, dates.zone()));
    return new ArticlePage(
        layout,
        article.title(),
        article.summary(),
        dateline,
        corrected ? dates.iso(article.updatedAt()) : null,
        corrected ? msg.format("article.updated", dates.day(article.updatedAt()), dates.time(article.updatedAt())) : null,
        article.bodyHtml(),
        source,
        follow,
        article.topics().stream().map(t -> new Link(t.name(), urls.topic(t.slug()))).toList(),
        teasers(lists.goFurther()),
        teasers(lists.recommended()),
        shareLinks.of(article.title(), urls.absolute(urls.article(article))),
        later(article.updatedAt(), lists.lastModified()),
        lead.map(ArticlePage.Figure::of).orElse(null),
        mostRead == null || !article.isPublished() ? null
            : mostRead.article(article.id(), section == null ? null : section.id(), section == null ? null : section.name()),
        extras(article, msg));
  }

  /** The kicker, the reading time and the correction note (issue 13). */
  private ArticlePage.Extras extras(Article article, Messages msg) {
    ArticleExtras extras = article.extras();
    ReadingTime time = ReadingTime.of(article.bodyText());
    ArticlePage.Correction correction = extras.correction() == null || extras.correctedAt() == null ? null
        : new ArticlePage.Correction(msg.format("article.correction", dates.day(extras.correctedAt()),
            dates.time(extras.correctedAt())), dates.iso(extras.correctedAt()), extras.correction());
    return new ArticlePage.Extras(extras.kicker(), time.words() == 0 ? null : msg.format("article.readingTime",
        time.minutes()), correction);
  }

  /**
   * "Mis à jour le ..." only for a change made well after publication: a typo fixed in the minutes
   * after going live is part of publishing, not an update readers need to be told about.
   */
  static boolean shownAsUpdated(Article article) {
    return article.updatedAt() != null && article.publishedAt() != null
        && article.updatedAt().isAfter(article.publishedAt().plus(UPDATE_SHOWN_AFTER));
  }

  /** A stored list recomputed after the article's last edit makes the page newer than the article. */
  private static Instant later(Instant a, Instant b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private Link authorLink(Author author) {
    return new Link(author.byline(), urls.author(author.slug()));
  }

  public HomePage home(int page) {
    Page<Teaser> latest = articles.latest(page, page == 1 ? HOME_LATEST : pageSize);
    requireExists(latest);
    List<HomePage.SectionBlock> blocks = new ArrayList<>();
    Set<Long> shown = new HashSet<>();
    // The editors' main story and featured slots first (the latest where they chose nothing), then the rest.
    List<Teaser> lead = page == 1 ? frontPage.lead(latest.items()) : List.of();
    lead.forEach(t -> shown.add(t.id()));
    List<Teaser> rest = latest.items().stream().filter(t -> !shown.contains(t.id())).toList();
    rest.forEach(t -> shown.add(t.id()));
    if (page == 1) {
      for (Section section : homeSections()) {
        List<Teaser> items = articles.newestInSection(section.id(), HOME_PER_SECTION);
        items.forEach(t -> shown.add(t.id()));
        if (!items.isEmpty()) {
          blocks.add(new HomePage.SectionBlock(new Link(section.name(), urls.section(section.slug())), teasers(items)));
        }
      }
    }
    Messages msg = layouts.messages();
    String title = page == 1 ? layouts.siteName() : msg.format("listing.pageTitle", layouts.siteName(), page);
    // The first page is also what the editors arrange: it answers to their key (HOME) too.
    CacheKeys keys = page == 1 ? new CacheKeys(Set.of(CacheKeys.LATEST, CacheKeys.HOME), shown, Set.of())
        : CacheKeys.listing(CacheKeys.LATEST, shown);
    Layout layout = metadata.home(layouts.page(title, msg.get("home.description"), Urls.page(urls.home(), page)))
        .withCacheKeys(keys);
    List<TeaserView> leadViews = teasers(lead);
    return new HomePage(layout, leadViews.isEmpty() ? null : leadViews.getFirst(),
        leadViews.isEmpty() ? List.of() : leadViews.subList(1, leadViews.size()), teasers(rest), blocks,
        pagination(urls.home(), latest), mostRead == null || page != 1 ? null : mostRead.home());
  }

  /** The home's section blocks: the editors' choice in their order, else the menu's sections. */
  private List<Section> homeSections() {
    List<Long> chosen = frontPage.homeSections();
    if (chosen.isEmpty()) {
      return taxonomy.menuSections();
    }
    Map<Long, Section> byId = new HashMap<>();
    taxonomy.sections().forEach(s -> byId.put(s.id(), s));
    return chosen.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  public ListingPage section(String slug, int page) {
    Section section = taxonomy.sectionBySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug));
    return feedListing(section.name(), section.description(), urls.section(slug), page,
        n -> articles.inSection(section.id(), n, pageSize), CacheKeys.section(section.id()));
  }

  public ListingPage topic(String slug, int page) {
    var topic = taxonomy.topicBySlug(slug).orElseThrow(() -> new NotFoundException("topic " + slug));
    return feedListing(topic.name(), topic.description(), urls.topic(slug), page,
        n -> articles.withTopic(topic.id(), n, pageSize), CacheKeys.topic(topic.id()));
  }

  public ListingPage author(String slug, int page) {
    Author author = taxonomy.authorBySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
    return feedListing(author.displayName(), author.bio(), urls.author(slug), page,
        n -> articles.byAuthor(author.id(), n, pageSize), CacheKeys.author(author.id()));
  }

  public ListingPage year(int year, int page) {
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

  public ListingPage month(int year, int month, int page) {
    YearMonth ym = YearMonth.of(year, month);
    ZonedDateTime start = ym.atDay(1).atStartOfDay(dates.zone());
    return archive(layouts.messages().format("archive.month", dates.month(year, month)), urls.month(year, month), page,
        n -> articles.inMonths(ym, ym, start.toInstant(), start.plusMonths(1).toInstant(), n, pageSize),
        CacheKeys.month(ym), around(ym, yearLink(year)));
  }

  /** A day's articles ({@code /2025/07/09/}), from the dateline's link; purged with its month. */
  public ListingPage day(LocalDate day, int page) {
    ZonedDateTime start = day.atStartOfDay(dates.zone());
    YearMonth ym = YearMonth.from(day);
    return archive(layouts.messages().format("archive.day", dates.day(start.plusHours(12).toInstant())),
        urls.day(day.getYear(), day.getMonthValue(), day.getDayOfMonth()), page,
        n -> articles.publishedBetween(start.toInstant(), start.plusDays(1).toInstant(), n, pageSize),
        CacheKeys.month(ym), around(ym, monthLink(ym)));
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

  private static final ArchiveMonths NO_ARCHIVES = new ArchiveMonths(List::of, () -> 0, Duration.ofDays(1));

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
    return new ListingPage(metadata.listing(layout, heading, path), heading, intro, teasers(result.items()),
        pagination(path, result), null);
  }

  /** A date archive: no feeds, links to the periods around it. */
  private ListingPage archive(String heading, String path, int page, Function<Integer, Page<Teaser>> query,
      String listingKey, ArchiveNavigation nav) {
    Page<Teaser> result = query.apply(page);
    Layout layout = listingLayout(heading, null, path, result)
        .withCacheKeys(CacheKeys.listing(listingKey, result.items().stream().map(Teaser::id).toList()));
    return new ListingPage(layout, heading, null, teasers(result.items()), pagination(path, result), nav);
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
  private static void requireExists(Page<Teaser> page) {
    if (page.number() > 1 && page.items().isEmpty()) {
      throw new NotFoundException("page " + page.number());
    }
  }

  private Pagination pagination(String path, Page<Teaser> page) {
    return new Pagination(page.number(), page.pageCount(),
        page.hasPrevious() ? Urls.page(path, page.number() - 1) : null,
        page.hasNext() ? Urls.page(path, page.number() + 1) : null);
  }

  List<TeaserView> teasers(List<Teaser> items) {
    return teaserViews.of(items);
  }

  /** The current address of an old one (legacy path or former URL), when it leads to a live article. */
  public Optional<String> currentAddress(String oldPath) {
    // As asked, then with upper-case escapes (how paths are stored since), then the other final slash.
    String escaped = LegacyPaths.canonicalEscapes(oldPath);
    return Stream.of(oldPath, escaped, otherTrailingSlash(oldPath), otherTrailingSlash(escaped)).distinct()
        .map(articles::articleIdForPath).flatMap(Optional::stream).findFirst()
        .flatMap(articles::findById)
        .filter(Article::isPublished)
        .map(urls::article);
  }

  /** Old sites are inconsistent about the final slash of their permalinks; links to them more so. */
  private static String otherTrailingSlash(String pathAndQuery) {
    int query = pathAndQuery.indexOf('?');
    String path = query < 0 ? pathAndQuery : pathAndQuery.substring(0, query);
    String rest = query < 0 ? "" : pathAndQuery.substring(query);
    if (path.length() > 1 && path.endsWith("/")) {
      return path.substring(0, path.length() - 1) + rest;
    }
    return path + "/" + rest;
  }

  /** The latest articles, offered on error pages. */
  public List<Link> latestLinks(int count) {
    return articles.latest(1, count).items().stream().map(t -> new Link(t.title(), urls.article(t))).toList();
  }
}
