package kiosque;

import java.time.Clock;
import java.time.Duration;
import kiosque.changes.ChangeFeed;
import kiosque.changes.ChangeLog;
import kiosque.config.Settings;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStore;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.TaxonomyStore;
import kiosque.db.Database;
import kiosque.search.RebuildProgress;
import kiosque.search.SearchIndex;
import kiosque.search.SearchIndexFollower;
import kiosque.search.SearchService;

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
  private SearchIndex searchIndex;
  private SearchIndexFollower searchFollower;
  private SearchService searchService;

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
    changeFeed.close();
    try {
      closeSearch();
    } finally {
      database.close();
    }
  }

  private synchronized void closeSearch() {
    if (searchIndex != null) {
      searchFollower.close();
      searchIndex.close();
    }
  }
}
