package kiosque;

import java.time.Clock;
import java.time.Duration;
import kiosque.cache.PageCache;
import kiosque.cache.PageCacheFollower;
import kiosque.cache.PageCaching;
import kiosque.changes.ChangeFeed;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeListener;
import kiosque.changes.ChangeLog;
import kiosque.cdn.CdnPurger;
import kiosque.cluster.Leases;
import kiosque.config.Settings;
import kiosque.content.ArchivePaths;
import kiosque.content.ArticleService;
import kiosque.content.ListingSummaries;
import kiosque.content.ArticleStore;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.TaxonomyStore;
import kiosque.content.TeaserCache;
import kiosque.db.Database;
import kiosque.feeds.FeedContext;
import kiosque.frontpage.FrontPageChoices;
import kiosque.frontpage.FrontPageExpiry;
import kiosque.frontpage.FrontPageService;
import kiosque.feeds.FeedRoutes;
import kiosque.feeds.FeedService;
import kiosque.feeds.LeadImages;
import kiosque.feeds.PageMetadata;
import kiosque.feeds.SitemapRoutes;
import kiosque.feeds.SitemapService;
import kiosque.health.HealthRoutes;
import kiosque.health.Readiness;
import kiosque.imports.LeadImageDownloads;
import kiosque.metrics.Metrics;
import kiosque.newsroom.NewsroomParts;
import kiosque.newsroom.NewsroomRoutes;
import kiosque.newsroom.accounts.AccountService;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.accounts.PasswordResets;
import kiosque.newsroom.accounts.Passwords;
import kiosque.newsroom.notes.Notes;
import kiosque.newsroom.notifications.Notifications;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.accounts.Sessions;
import kiosque.newsroom.editor.EditorialService;
import kiosque.newsroom.media.MediaService;
import kiosque.newsroom.media.MediaLeadImages;
import kiosque.newsroom.media.MediaStore;
import kiosque.newsroom.taxonomy.TaxonomyAdmin;
import kiosque.newsroom.workflow.PublicationScheduler;
import kiosque.popular.Beacons;
import kiosque.popular.MostRead;
import kiosque.related.BulkLists;
import kiosque.related.RelatedArticles;
import kiosque.related.RelatedProbe;
import kiosque.related.RelatedService;
import kiosque.site.FollowLinks;
import kiosque.site.OldArchiveAddresses;
import kiosque.site.PublisherRoutes;
import kiosque.site.SiteRoutes;
import kiosque.site.SiteService;
import kiosque.web.Assets;
import kiosque.web.ErrorPages;
import kiosque.web.ArchiveMonths;
import kiosque.web.TrustedProxies;
import kiosque.web.LayoutFactory;
import kiosque.web.SocialLinks;
import kiosque.web.Navigation;
import kiosque.web.Messages;
import kiosque.web.RouteGroup;
import kiosque.web.Urls;
import kiosque.web.Views;
import kiosque.web.WebServer;
import java.util.List;
import java.util.Optional;
import kiosque.search.RebuildProgress;
import kiosque.search.ArchiveSearch;
import kiosque.search.SearchIndex;
import kiosque.search.SearchIndexFollower;
import kiosque.search.SearchPages;
import kiosque.search.SearchRoutes;
import kiosque.search.SearchService;
import kiosque.search.SimilarityIndex;

/**
 * The one composition root: builds the settings' database, stores and services once, in order.
 * Commands and tests take the built services from here, or a context built here when they need a
 * set of them ({@link #importing}, {@link #evaluation}); they never build a service from the
 * database themselves. Only entry points ({@code kiosque.cli}, {@code kiosque.evaluation}) use it.
 */
public final class Wiring implements AutoCloseable {

  /**
   * This node's followers of the change log, in the order each change reaches them, whichever is
   * opened first (search and the related lists open on first use, the teaser and page caches with
   * the web server): the related lists' teasers first, and the authors' and topics' names, then
   * the page cache, since the very next request reads it and a page rendered again must not show a
   * teaser or a name held from before; the CDN
   * purge's wake-up next, so the CDN refetches pages this node no longer holds stale; the search index; then the
   * related lists, computed from the index, which must already hold the change.
   */
  private enum Follower { TEASER_CACHE, AUTHORS_AND_TOPICS_CACHE, PAGE_CACHE, CDN_PURGE, SEARCH_INDEX, RELATED_LISTS, ARCHIVE_INDEX }

  private final Settings settings;
  private final Clock clock;
  private final Database database;
  private final ChangeLog changeLog;
  private final ChangeFeed changeFeed;
  private final ChangeListener changeListener;
  private final ArticleStore articleStore;
  private final TaxonomyStore taxonomyStore;
  private final ArticleService articleService;
  private final FrenchDates dates;
  private final Urls urls;
  private final Permissions permissions;
  private final AuditLog auditLog;
  private final Sessions sessions;
  private final AccountService accountService;
  private final EditorialService editorialService;
  // collab (issue 13): notes, notifications, password-reset links
  private final Notifications notifications;
  private final Notes notes;
  private final PasswordResets passwordResets;
  private final BodySanitizer sanitizer;
  private final PublicationScheduler scheduler;
  private final MediaService mediaService;
  private final MediaStore mediaStore;
  private final TaxonomyAdmin taxonomyAdmin;
  private NewsroomRoutes newsroomRoutes;
  private final PageCache pageCache;
  private final Leases leases;
  private final ArchivePaths archivePaths;
  private final FrontPageChoices frontPage;
  private final FrontPageService frontPageService;
  private final FrontPageExpiry frontPageExpiry;
  private WebServer webServer;
  private SearchIndex searchIndex;
  private SearchIndexFollower searchFollower;
  private SearchService searchService;
  private SearchIndex archiveIndex;
  private SearchIndexFollower archiveFollower;
  private ArchiveSearch archiveSearch;
  private RelatedService relatedService;
  private volatile CdnPurger cdnPurger;
  private Metrics metrics;
  private MostRead mostRead;

  public Wiring(Settings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
    this.database = Database.open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword(),
        settings.dataDir());
    this.changeLog = new ChangeLog(database.jdbi(), clock, database.isPostgres());
    this.changeFeed = new ChangeFeed(changeLog, Duration.ofSeconds(1));
    // Other nodes' changes wake this one at once on PostgreSQL; polling stays as the safety net.
    this.changeListener = database.isPostgres()
        ? new ChangeListener(database::dedicatedConnection, changeLog::signal, Duration.ofSeconds(5)) : null;
    ListingSummaries listingSummaries = new ListingSummaries(settings.timeZone());
    // Before any write: the months' summary must be whole before a save counts in one of them.
    listingSummaries.ensureMonths(database.jdbi());
    this.articleStore = new ArticleStore(database.jdbi(), listingSummaries,
        new TeaserCache(settings.source().integer(TeaserCache.SIZE, 0, 1_000_000)));
    this.taxonomyStore = new TaxonomyStore(database.jdbi());
    this.sanitizer = new BodySanitizer();
    this.articleService = new ArticleService(database.jdbi(), articleStore, taxonomyStore, changeLog, sanitizer, clock,
        listingSummaries);
    this.dates = new FrenchDates(settings.timeZone(), settings.locale());
    this.urls = new Urls(settings.siteUrl(), settings.timeZone());
    this.permissions = new Permissions(settings.journalistsPublish());
    this.auditLog = new AuditLog(database.jdbi(), clock);
    this.sessions = new Sessions(database.jdbi(), clock);
    this.accountService = new AccountService(database.jdbi(), sessions, auditLog, permissions, clock,
        new Passwords(settings.passwordCost()));
    this.notifications = new Notifications(database.jdbi(), permissions, clock);
    this.notes = new Notes(database.jdbi(), notifications, permissions, clock);
    this.passwordResets = new PasswordResets(database.jdbi(), sessions, auditLog, permissions, clock, settings,
        new Messages(settings.locale()));
    this.editorialService = new EditorialService(database.jdbi(), articleService, articleStore, sanitizer, permissions,
        auditLog, clock, new Messages(settings.locale()), notes, notifications);
    this.scheduler = new PublicationScheduler(articleStore, articleService, clock, Duration.ofSeconds(30),
        notifications);
    editorialService.onScheduleChange(scheduler::wake);
    this.mediaStore = new MediaStore(database.jdbi());
    this.mediaService = new MediaService(database.jdbi(), mediaStore, settings.dataDir().resolve("media"),
        settings.source().integer(MediaService.CACHE_MB, 0, 4096) * 1024L * 1024L, permissions, auditLog, changeLog,
        clock);
    this.taxonomyAdmin = new TaxonomyAdmin(database.jdbi(), changeLog, permissions, auditLog);
    this.pageCache = new PageCache(settings.cacheMegabytes() * 1024L * 1024L,
        Duration.ofSeconds(settings.cacheSeconds()), clock, settings.timeZone());
    this.leases = new Leases(database.jdbi(), clock, Leases.thisNode());
    this.archivePaths = new ArchivePaths(database.jdbi());
    this.frontPage = new FrontPageChoices(database.jdbi(), clock);
    this.frontPageService = new FrontPageService(database.jdbi(), changeLog, clock);
    this.frontPageExpiry = new FrontPageExpiry(frontPageService, clock, Duration.ofSeconds(30));
    frontPageService.onChange(frontPageExpiry::wake);
  }

  /** Builds the reader site and starts serving it; the change feed starts with it. */
  public WebServer startWeb(int port) {
    Messages messages = new Messages(settings.locale());
    Assets assets = new Assets();
    Views views = new Views();
    // The navigation is read again after any change the page cache follower applied, else each second.
    // The breaking-news banner is part of the masthead, held with the menu; the footer's archive
    // years likewise (reader pages: footer, archive navigation).
    LayoutFactory layouts = new LayoutFactory(settings.siteName(), urls, messages, assets,
        new Navigation(taxonomyStore, urls, pageCache::generation, Duration.ofSeconds(1),
            () -> frontPage.banner().map(b -> new kiosque.web.Link(b.message(), b.link()))),
        // Months open and close only with a publication or withdrawal, which every node's page cache
        // follower applies (a new months generation, not moved by related lists): the age is only a
        // safety net, and a read of every month's summary each second was 5 % of an uncached article
        // page's bytes at 100 pages a second (issue 15).
        new ArchiveMonths(articleStore::publishedMonths, pageCache::monthsGeneration, Duration.ofMinutes(1)),
        SocialLinks.from(settings.source()));
    follow(Follower.TEASER_CACHE, articleStore.teaserCache().follower(changeLog.head()));
    follow(Follower.AUTHORS_AND_TOPICS_CACHE, articleStore.authorsAndTopicsCache().follower(changeLog.head()));
    follow(Follower.PAGE_CACHE, new PageCacheFollower(pageCache, articleStore, taxonomyStore, settings.timeZone(),
        changeLog.head()));
    // The CDN, when one is configured: one node sends the purges, from its own place in the log.
    cdnPurger = CdnPurger.configured(settings.source(), database.jdbi(), changeLog, articleStore, taxonomyStore,
        settings.timeZone(), leases, clock).orElse(null);
    if (cdnPurger != null) {
      follow(Follower.CDN_PURGE, cdnPurger.waker());
    }
    RelatedService relatedLists = relatedService();
    relatedLists.start();
    RelatedArticles related = relatedLists.reader();
    FollowLinks follow = new FollowLinks(
        settings.googleNewsUrl().map(Object::toString).orElse(null),
        settings.whatsappChannelUrl().map(Object::toString).orElse(null));
    // Lead images come from the newsroom's media library.
    LeadImages images = new MediaLeadImages(mediaStore, urls);
    FeedContext feedContext = FeedContext.of(settings.siteName(), settings.locale().getLanguage(),
        settings.timeZone(), clock, urls, messages, database.jdbi());
    PageMetadata metadata = new PageMetadata(feedContext, dates, images, settings.publisherLogoUrl(),
        settings.contactEmail());
    // "Les plus lus": views counted by the beacon in front of the page cache, flushed every few seconds.
    this.mostRead = settings.source().bool(MostRead.ENABLED)
        ? new MostRead(database.jdbi(), database.isPostgres(), urls, clock,
            settings.source().integer(MostRead.PER_ADDRESS, 1, 1_000_000)) : null;
    SiteService site = new SiteService(articleStore, taxonomyStore, related, layouts, urls, dates, follow,
        settings.pageSize(), metadata, frontPage, clock, mostRead);
    PageCaching caching = new PageCaching(pageCache, clock);
    this.newsroomRoutes = new NewsroomParts(settings, messages, views, dates, urls, clock, database.jdbi(), permissions,
        sessions, accountService, auditLog, editorialService, taxonomyStore, site, sanitizer, mediaService,
        taxonomyAdmin, relatedLists, frontPage, frontPageService, archiveSearch(), notes, notifications,
        passwordResets).routes();
    // Fixed addresses first: Javalin tries routes in order, and /rss.xml or /redaction/journal would
    // otherwise match /{year} or /{year}/{month}. The newsroom is never cached (no-store).
    this.metrics = Metrics.configured(settings.source()).orElse(null);
    List<RouteGroup> routes = new java.util.ArrayList<>();
    routes.add(new HealthRoutes(Readiness.of(database, changeLog, changeFeed, searchService())));
    if (metrics != null) {
      routes.add(metrics);
    }
    routes.addAll(List.of(
        newsroomRoutes,
        new FeedRoutes(new FeedService(feedContext, taxonomyStore, images), caching, urls),
        new SitemapRoutes(new SitemapService(feedContext, articleStore, settings.newsLanguage()), caching, urls),
        new PublisherRoutes(layouts, metadata, views, caching, settings.contactEmail()),
        new SearchRoutes(new SearchPages(searchService(), articleStore, layouts, urls, dates), views),
        new SiteRoutes(site, views, caching)));
    // Before a 404: an old article address, or a renamed or merged section, topic or author page.
    OldArchiveAddresses oldArchives = new OldArchiveAddresses(archivePaths, urls, taxonomyAdmin::currentAddress);
    ErrorPages errorPages = new ErrorPages(views, layouts,
        path -> site.currentAddress(path).or(() -> taxonomyAdmin.currentAddress(path))
            .or(() -> oldArchives.currentAddress(path)),
        () -> site.latestLinks(5));
    changeFeed.start();
    if (cdnPurger != null) {
      cdnPurger.start();
    }
    if (changeListener != null) {
      changeListener.start();
    }
    // Images an earlier version kept in this node's DATA/media go into the database, in the
    // background: they are served from disk meanwhile.
    Thread.ofPlatform().name("media-import").daemon(true).start(this::importOldMedia);
    // Articles whose time passed while the server was down go out now, then each at its time.
    scheduler.start();
    // Front-page picks and the banner that expired while the server was down go now, then each at its time.
    frontPageExpiry.start();
    if (mostRead != null) {
      mostRead.start();
    }
    if (metrics != null) {
      metrics.pageCache(pageCache);
      metrics.changeFeed(changeFeed, changeLog);
      if (cdnPurger != null) {
        metrics.cdnPurge(cdnPurger);
      }
    }
    var front = Beacons.inFrontOf(mostRead, caching::hitsHandler);
    this.webServer = new WebServer(routes, errorPages, assets, settings.siteUrl(),
        metrics == null ? front : metrics.timing(front), TrustedProxies.from(settings.source())).start(port);
    return webServer;
  }

  private void follow(Follower place, ChangeFollower follower) {
    changeFeed.follow(follower, place.ordinal());
  }

  private void importOldMedia() {
    try {
      mediaService.importOldDirectory();
    } catch (RuntimeException e) {
      org.slf4j.LoggerFactory.getLogger(Wiring.class).error(
          "Copying DATA/media into the database failed; images are still served from disk, the copy runs again at the next start", e);
    }
  }

  public Urls urls() {
    return urls;
  }

  /** What editors change on the home page, the banner and the menu. */
  public FrontPageService frontPageService() {
    return frontPageService;
  }

  /** Lets expired front-page picks and banners go (tests call it after moving their clock). */
  public FrontPageExpiry frontPageExpiry() {
    return frontPageExpiry;
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

  /** Leases for the jobs one node of several runs (this process's name is {@code leases().node()}). */
  public Leases leases() {
    return leases;
  }

  /** The old site's category and tag pages, and the sections and topics that answer for them now. */
  public ArchivePaths archivePaths() {
    return archivePaths;
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

  public AccountService accountService() {
    return accountService;
  }

  public Notifications notifications() {
    return notifications;
  }

  public Notes notes() {
    return notes;
  }

  public PasswordResets passwordResets() {
    return passwordResets;
  }

  public EditorialService editorialService() {
    return editorialService;
  }

  public TaxonomyAdmin taxonomyAdmin() {
    return taxonomyAdmin;
  }

  public MediaService mediaService() {
    return mediaService;
  }

  public PublicationScheduler scheduler() {
    return scheduler;
  }

  public Sessions sessions() {
    return sessions;
  }

  public AuditLog auditLog() {
    return auditLog;
  }

  public Permissions permissions() {
    return permissions;
  }

  /** The newsroom's routes once {@link #startWeb} has run (the permission tests walk them). */
  public NewsroomRoutes newsroomRoutes() {
    return newsroomRoutes;
  }

  public FrenchDates dates() {
    return dates;
  }

  /** "Les plus lus" once {@link #startWeb} has run: tests flush and refresh it. */
  public MostRead mostRead() {
    return mostRead;
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
      follow(Follower.SEARCH_INDEX, searchFollower);
      searchService = new SearchService(searchIndex, clock, settings.timeZone());
    }
    return searchService;
  }

  /**
   * The newsroom's search of the whole archive (desk, issue 13): a second index beside the readers',
   * in DATA/archive-index, opened on first use, rebuilt in the background when missing, kept in
   * step by the change feed like the readers' index.
   */
  public synchronized ArchiveSearch archiveSearch() {
    if (archiveSearch == null) {
      openArchiveIndex();
      archiveFollower.start();
      follow(Follower.ARCHIVE_INDEX, archiveFollower);
      archiveSearch = new ArchiveSearch(archiveIndex);
    }
    return archiveSearch;
  }

  /**
   * The related-articles engine, opened on first use with the search index it reads. Its follower
   * comes after the index's ({@link Follower}), so each change is in the index before the lists are computed.
   * Only the node holding the related-lists lease computes; rewritten lists are announced in the
   * change log, on which every node's page cache purges. The background refresh starts with the
   * reader site ({@link #startWeb}) or {@link RelatedService#start()}.
   */
  public synchronized RelatedService relatedService() {
    if (relatedService == null) {
      searchService();
      relatedService = new RelatedService(database.jdbi(), new SimilarityIndex(searchIndex), articleStore, changeLog,
          clock, leases, settings.source().seconds(RelatedService.leaseSetting(), 2, 600));
      follow(Follower.RELATED_LISTS, relatedService.follower());
    }
    return relatedService;
  }

  /**
   * The related-lists engine for a command run while a server uses the same data directory (it
   * holds the index's write lock): it reads the server's last index commit, a few seconds behind,
   * and follows no change. Use instead of {@link #relatedService()}, not after it.
   */
  public synchronized RelatedService relatedServiceBesideServer() {
    if (relatedService == null) {
      searchIndex = SearchIndex.openReadOnly(settings.indexDir());
      relatedService = new RelatedService(database.jdbi(), new SimilarityIndex(searchIndex), articleStore, changeLog,
          clock, leases, settings.source().seconds(RelatedService.leaseSetting(), 2, 600));
    }
    return relatedService;
  }

  /**
   * What {@code kiosque import} needs; a featured image's download waits at most {@code fetchTimeout}.
   * Opens no search index: an import may run beside a server.
   */
  public ImportContext importing(Duration fetchTimeout) {
    // Sections an import creates stay out of the masthead menu until an editor shows them.
    return new ImportContext(articleService.forImports(), archivePaths,
        new LeadImageDownloads(database.jdbi(), articleStore, articleService, mediaService, fetchTimeout),
        () -> BulkLists.missing(database.jdbi()));
  }

  /** The related engine and a probe into its stores, for {@code kiosque.evaluation}; opens them as {@link #relatedService()}. */
  public EvaluationContext evaluation() {
    RelatedService related = relatedService();
    return new EvaluationContext(database.jdbi(), articleStore, related, new RelatedProbe(database.jdbi(), related));
  }

  /** The CDN purge of this node, when a CDN is configured and the web server started. */
  public Optional<CdnPurger> cdnPurger() {
    return Optional.ofNullable(cdnPurger);
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

  /** Rebuilds the newsroom's archive index from the database in the calling thread: {@code kiosque reindex}. */
  public void rebuildArchiveIndex(RebuildProgress progress) {
    SearchIndexFollower follower;
    synchronized (this) {
      openArchiveIndex();
      follower = archiveFollower;
    }
    follower.rebuild(progress);
  }

  private void openArchiveIndex() {
    if (archiveIndex == null) {
      archiveIndex = SearchIndex.open(settings.dataDir().resolve("archive-index"));
      archiveFollower = SearchIndexFollower.wholeArchive(archiveIndex, articleStore, changeLog);
    }
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
    if (metrics != null) {
      metrics.close();
    }
    scheduler.close();
    frontPageExpiry.close();
    // After the web server (no more beacons), before the database closes: the last views written.
    if (mostRead != null) {
      mostRead.close();
    }
    if (cdnPurger != null) {
      cdnPurger.close();
    }
    if (changeListener != null) {
      changeListener.close();
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
    if (archiveIndex != null) {
      archiveFollower.close();
      archiveIndex.close();
    }
    if (searchIndex != null) {
      if (searchFollower != null) {
        searchFollower.close();
      }
      searchIndex.close();
    }
  }
}
