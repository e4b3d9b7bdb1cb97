package kiosque.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import kiosque.content.Article;
import kiosque.content.ArticleExtras;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.content.ArticleWithLead;
import kiosque.content.ReadWithArticle;
import kiosque.content.ReadingTime;
import kiosque.content.Author;
import kiosque.content.FrenchDates;
import kiosque.content.LegacyPaths;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.content.Teaser;
import kiosque.feeds.LeadImage;
import kiosque.frontpage.FrontPageChoices;
import kiosque.feeds.PageMetadata;
import kiosque.related.RelatedArticles;
import kiosque.web.CacheKeys;
import kiosque.errors.GoneException;
import kiosque.web.Layout;
import kiosque.web.LayoutFactory;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.errors.NotFoundException;
import kiosque.web.Urls;
import kiosque.popular.MostRead;

/**
 * Builds the reader pages from the stores; every page is a record ready for its template. The
 * article page is built here; the home page by {@link HomePages}, the listings and date archives
 * by {@link ListingPages}.
 */
public final class SiteService {

  /** Items readers see under "Aller plus loin" and "Ces articles devraient vous intéresser". */
  public static final int GO_FURTHER = 4;
  public static final int RECOMMENDED = 10;
  /** How long after publication a change starts to show as an update. */
  static final Duration UPDATE_SHOWN_AFTER = Duration.ofMinutes(5);

  private final ArticleStore articles;
  private final RelatedArticles related;
  private final LayoutFactory layouts;
  private final Urls urls;
  private final FrenchDates dates;
  private final FollowLinks follow;
  private final PageMetadata metadata;
  private final ArticleBodies bodies;
  private final TeaserViews teaserViews;
  private final ShareLinks shareLinks;
  private final HomePages home;
  private final ListingPages listings;
  // "Les plus lus": rankings held in memory, read by renderings; none on a site built without it.
  private final MostRead mostRead;
  /** {@link #readingTime}'s texts by minutes, filled as pages ask. */
  private final String[] readingTimes = new String[120];

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
    this.teaserViews = new TeaserViews(urls, dates, clock);
    this.bodies = new ArticleBodies(layouts.messages(), layouts.embedsScript());
    this.articles = articles;
    this.related = related;
    this.layouts = layouts;
    this.urls = urls;
    this.dates = dates;
    this.follow = follow;
    this.shareLinks = new ShareLinks(layouts.messages());
    this.home = new HomePages(articles, taxonomy, layouts, urls, pageSize, metadata, teaserViews, frontPage, mostRead);
    this.listings = new ListingPages(articles, taxonomy, layouts, urls, dates, pageSize, metadata, teaserViews, clock);
  }

  /**
   * A published article with its lead image and its stored related lists, in one statement (issue
   * 15: {@code ArticleStore.findWithLead(long, ReadWithArticle)}). 410 once withdrawn, 404 when it
   * never was public.
   */
  PublishedArticle publishedArticle(long id) {
    ReadWithArticle<RelatedArticles.ListsRead> withLists = related.shownWithArticle();
    PublishedArticle read = withLists == null
        ? articles.findWithLead(id).map(a -> new PublishedArticle(a, null)).orElseThrow(() -> notFound(id))
        : articles.findWithLead(id, withLists).map(a -> new PublishedArticle(a.article(), a.with()))
            .orElseThrow(() -> notFound(id));
    Article article = read.article().article();
    if (article.status() == ArticleStatus.UNPUBLISHED) {
      throw new GoneException("article " + id);
    }
    if (!article.isPublished()) {
      throw new NotFoundException("article " + id + " is not published");
    }
    return read;
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("article " + id);
  }

  /**
   * An article read for its page, with its related lists when they were read with it.
   *
   * @param lists null when the lists are to be asked after the article
   */
  record PublishedArticle(ArticleWithLead article, RelatedArticles.ListsRead lists) {}

  /**
   * Runs a page's reads on one database connection (the article, its related lists ...): one JDBI
   * handle and one pooled connection for the page instead of one per read.
   */
  public <T> T readingOnce(java.util.function.Supplier<T> reads) {
    return articles.onOneConnection(reads);
  }

  public String canonicalPath(Article article) {
    return urls.article(article);
  }

  /** The page of an article read with its lead image and lists ({@link #publishedArticle}). */
  ArticlePage articlePage(PublishedArticle read) {
    Article article = read.article().article();
    RelatedArticles.Shown lists = read.lists() == null ? related.shown(article, GO_FURTHER, RECOMMENDED)
        : read.lists().shown(article, GO_FURTHER, RECOMMENDED);
    return articlePage(article, metadata.leadImage(read.article().lead()), lists);
  }

  /** The page of an article as given (a revision's preview), its lead image looked up. */
  public ArticlePage articlePage(Article article) {
    return articlePage(article, metadata.leadImage(article), related.shown(article, GO_FURTHER, RECOMMENDED));
  }

  private ArticlePage articlePage(Article article, Optional<LeadImage> lead, RelatedArticles.Shown lists) {
    Messages msg = layouts.messages();

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
        bodies.render(article.bodyHtml()),
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
    return new ArticlePage.Extras(extras.kicker(), time.words() == 0 ? null : readingTime(time.minutes(), msg),
        correction);
  }

  /**
   * "4 min de lecture", formatted once for each number of minutes under two hours: a MessageFormat
   * and the number format it clones, for every uncached article page, were 2 KB of it (issue 15).
   * The messages do not change while the site runs; two threads formatting the same text at once
   * store equal strings.
   */
  private String readingTime(int minutes, Messages msg) {
    if (minutes < 0 || minutes >= readingTimes.length) {
      return msg.format("article.readingTime", minutes);
    }
    String text = readingTimes[minutes];
    if (text == null) {
      text = msg.format("article.readingTime", minutes);
      readingTimes[minutes] = text;
    }
    return text;
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
    return home.home(page);
  }

  /** Section, topic and author pages, the date archives. */
  ListingPages listings() {
    return listings;
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
