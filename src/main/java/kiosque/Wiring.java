package kiosque;

import java.time.Clock;
import java.time.Duration;
import kiosque.cache.PageCache;
import kiosque.cache.PageCacheFollower;
import kiosque.cache.PageCaching;
import kiosque.changes.ChangeFeed;
import kiosque.changes.ChangeLog;
import kiosque.config.Settings;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.TaxonomyStore;
import kiosque.db.Database;
import kiosque.feeds.FeedContext;
import kiosque.feeds.FeedRoutes;
import kiosque.feeds.FeedService;
import kiosque.feeds.LeadImages;
import kiosque.feeds.PageMetadata;
import kiosque.feeds.SitemapRoutes;
import kiosque.feeds.SitemapService;
import kiosque.related.RelatedArticles;
import kiosque.related.RelatedService;
import kiosque.site.FollowLinks;
import kiosque.site.PublisherRoutes;
import kiosque.site.SiteRoutes;
import kiosque.site.SiteService;
import kiosque.web.Assets;
import kiosque.web.ErrorPages;
import kiosque.web.LayoutFactory;
import kiosque.web.Messages;
import kiosque.web.RouteGroup;
import kiosque.web.Urls;
import kiosque.web.Views;
import kiosque.web.WebServer;
import java.util.List;
import kiosque.search.RebuildProgress;
import kiosque.search.SearchIndex;
import kiosque.search.SearchIndexFollower;
import kiosque.search.SearchService;
import kiosque.search.SimilarityIndex;
import kiosque.web.CacheKeys;

/**
 * The one composition root: builds the settings' database, stores and services once, in order.
 * Commands take what they need from here; nothing else constructs services.
 */
public final class Wiring implements AutoCloseable {

  private final Settings settings;
  private final Clock clock;
  private final Database database;
  private final ChangeLog changeLog;
  private final ChangeFeed changeFeed;
  private final ArticleStore articleStore;
  private final TaxonomyStore taxonomyStore;
  private final ArticleService articleService;
  private final FrenchDates dates;
  private final Urls urls;
  private final PageCache pageCache;
  private WebServer webServer;
  private SearchIndex searchIndex;
  private SearchIndexFollower searchFollower;
  private SearchService searchService;
  private RelatedService relatedService;

  public Wiring(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.database = Database.open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword(),
        settings.dataDir());
    this.changeLog = new ChangeLog(database.jdbi(), clock);
    this.changeFeed = new ChangeFeed(changeLog, Duration.ofSeconds(1));
    this.articleStore = new ArticleStore(database.jdbi());
    this.taxonomyStore = new TaxonomyStore(database.jdbi());
    this.articleService = new ArticleService(database.jdbi(), articleStore, taxonomyStore, changeLog,
        new BodySanitizer(), clock);
    this.dates = new FrenchDates(settings.timeZone(), settings.locale());
    this.urls = new Urls(settings.siteUrl(), settings.timeZone());
    this.pageCache = new PageCache(settings.cacheMegabytes() * 1024L * 1024L,
        Duration.ofSeconds(settings.cacheSeconds()), clock);
  }

  /** Builds the reader site and starts serving it; the change feed starts with it. */
  public WebServer startWeb(int port) {
    Messages messages = new Messages(settings.locale());
    Assets assets = new Assets();
    Views views = new Views();
    LayoutFactory layouts = new LayoutFactory(settings.siteName(), urls, taxonomyStore, messages, assets);
    RelatedService relatedLists = relatedService();
    relatedLists.start();
    RelatedArticles related = relatedLists.reader();
    FollowLinks follow = new FollowLinks(
        settings.googleNewsUrl().map(Object::toString).orElse(null),
        settings.whatsappChannelUrl().map(Object::toString).orElse(null));
    // No media library yet: feeds and metadata omit lead images until the newsroom provides them.
    LeadImages images = LeadImages.NONE;
    FeedContext feedContext = FeedContext.of(settings.siteName(), settings.locale().getLanguage(),
        settings.timeZone(), clock, urls, messages, database.jdbi());
    PageMetadata metadata = new PageMetadata(feedContext, dates, images, settings.publisherLogoUrl(),
        settings.contactEmail());
    SiteService site = new SiteService(articleStore, taxonomyStore, related, layouts, urls, dates, follow,
        settings.pageSize(), metadata);
    PageCaching caching = new PageCaching(pageCache, clock);
    // Fixed addresses first: Javalin tries routes in order, and /rss.xml would otherwise match /{year}.
    List<RouteGroup> routes = List.of(
        new FeedRoutes(new FeedService(feedContext, articleStore, taxonomyStore, images), caching, urls),
        new SitemapRoutes(new SitemapService(feedContext, articleStore, settings.newsLanguage()), caching, urls),
        new PublisherRoutes(layouts, metadata, views, caching, settings.contactEmail()),
        new SiteRoutes(site, views, caching));
    ErrorPages errorPages = new ErrorPages(views, layouts, site::currentAddress, () -> site.latestLinks(5));
    changeFeed.follow(new PageCacheFollower(pageCache, articleStore, taxonomyStore, settings.timeZone(),
        changeLog.head()));
    changeFeed.start();
    this.webServer = new WebServer(routes, errorPages, assets).start(port);
    return webServer;
  }

  public Urls urls() {
    return urls;
  }

  /** The rendered-page cache of this node (empty until the web server serves pages). */
  public PageCache pageCache() {
    return pageCache;
  }

  public Settings settings() {
    return settings;
  }

  public Clock clock() {
    return clock;
  }

  public Database database() {
    return database;
  }

  public ChangeLog changeLog() {
    return changeLog;
  }

  public ChangeFeed changeFeed() {
    return changeFeed;
  }

  public ArticleStore articleStore() {
    return articleStore;
  }

  public TaxonomyStore taxonomyStore() {
    return taxonomyStore;
  }

  public ArticleService articleService() {
    return articleService;
  }

  public FrenchDates dates() {
    return dates;
  }

  /**
   * Search, opened on first use so that commands which never search (import) never open the index.
   * The first call checks the index, rebuilds it in the background if it is missing or damaged,
   * and has the change feed keep it up to date from then on.
   */
  public synchronized SearchService searchService() {
    if (searchService == null) {
      openSearchIndex();
      searchFollower.start();
      changeFeed.follow(searchFollower);
      searchService = new SearchService(searchIndex, clock, settings.timeZone());
    }
    return searchService;
  }

  /**
   * The related-articles engine, opened on first use with the search index it reads. Its follower
   * is registered after the index's, so each change is in the index before the lists are computed.
   * Rewritten lists purge the cached pages that show them. The background refresh starts with the
   * reader site ({@link #startWeb}) or {@link RelatedService#start()}.
   */
  public synchronized RelatedService relatedService() {
    if (relatedService == null) {
      searchService();
      relatedService = new RelatedService(database.jdbi(), new SimilarityIndex(searchIndex), articleStore, changeLog,
          clock, ids -> pageCache.invalidate(ids.stream().map(CacheKeys::article).toList()));
      changeFeed.follow(relatedService.follower());
    }
    return relatedService;
  }

  /** Rebuilds the search index from the database in the calling thread: {@code kiosque reindex}. */
  public void rebuildSearchIndex(RebuildProgress progress) {
    SearchIndexFollower follower;
    synchronized (this) {
      openSearchIndex();
      follower = searchFollower;
    }
    follower.rebuild(progress);
  }

  private void openSearchIndex() {
    if (searchIndex == null) {
      searchIndex = SearchIndex.open(settings.indexDir());
      searchFollower = new SearchIndexFollower(searchIndex, articleStore, changeLog);
    }
  }

  @Override
  public void close() {
    if (webServer != null) {
      webServer.close();
    }
    changeFeed.close();
    try {
      closeSearch();
    } finally {
      database.close();
    }
  }

  private synchronized void closeSearch() {
    if (relatedService != null) {
      relatedService.close();
    }
    if (searchIndex != null) {
      searchFollower.close();
      searchIndex.close();
    }
  }
}
