package kiosque.related;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.cluster.Leases;
import kiosque.config.SettingDefinition;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.errors.NotFoundException;
import kiosque.search.SimilarityIndex;
import org.jdbi.v3.core.Jdbi;

/**
 * The related-articles engine as the rest of the application sees it: the lists page views read,
 * the change follower that computes them, the background refresh, editors' pins and exclusions
 * with the reasons behind each item, and topic suggestions for drafts.
 */
public final class RelatedService implements AutoCloseable {

  /** Recommendations older than this are recomputed in the background: freshness moves with time. */
  static final Duration MAX_AGE = Duration.ofDays(1);
  static final Duration SWEEP_EVERY = Duration.ofSeconds(10);
  /** Lists one sweep queues: 30 every 10 s, 3 a second, about 260,000 a day, enough to renew 100,000 daily. */
  static final int SWEEP_BATCH = 30;

  private final Jdbi jdbi;
  private final ChangeLog changeLog;
  private final Clock clock;
  private final ArticleStore articles;
  private final RelatedListStore lists;
  private final ListsLease lease;
  private final OverrideStore overrides;
  private final RelatedEngine engine;
  private final ListRefresher refresher;
  private final RefreshQueue queue;
  private final RelatedFollower follower;
  private final RelatedArticles reader;
  private final TopicSuggester topics;

  /**
   * @param leases the cluster's leases: only the node holding {@value ListsLease#NAME} computes lists
   *     in the background; every node purges its cached pages on the change-log entries it writes
   * @param leaseLength how long the lease lasts without renewal: another node takes over within
   *     about this long when the holder dies
   */
  public RelatedService(Jdbi jdbi, SimilarityIndex index, ArticleStore articles, ChangeLog changeLog, Clock clock,
      Leases leases, Duration leaseLength) {
    this.jdbi = jdbi;
    this.changeLog = changeLog;
    this.clock = clock;
    this.articles = articles;
    this.lists = new RelatedListStore(jdbi);
    this.overrides = new OverrideStore(jdbi);
    this.engine = new RelatedEngine(index, clock);
    this.lease = new ListsLease(leases, leaseLength);
    RelatedStore sql = new RelatedStore(jdbi);
    this.refresher = new ListRefresher(engine, lists, overrides, articles, sql, clock, jdbi, changeLog);
    this.queue = new RefreshQueue(refresher::refresh, refresher::afterChange, lists, clock, index::isRebuilding, MAX_AGE, SWEEP_EVERY,
        SWEEP_BATCH, lease::held, lease.checkEvery());
    this.follower = new RelatedFollower(index, articles, refresher, queue, lists, changeLog, lease);
    lease.onAcquired(() -> {
      follower.catchUpSkipped();
      queue.recoverLostWork();
    });
    this.reader = new StoredRelated(lists, articles::heldTeasers,
        new ComputedOnMiss(refresher, lists, articles::heldTeasers, index, new BaselineRelated(sql)));
    this.topics = new TopicSuggester(index, jdbi);
  }

  /** The setting of the lease's length, in seconds (see {@code docs/configuration.md}). */
  public static SettingDefinition leaseSetting() {
    return ListsLease.LENGTH;
  }

  /**
   * What page views call: stored lists; for an article not computed yet, its lists computed in the
   * request and stored (the SQL baseline while the search index rebuilds).
   */
  public RelatedArticles reader() {
    return reader;
  }

  /** Register with the change feed after the search index's follower. */
  public ChangeFollower follower() {
    return follower;
  }

  /**
   * Starts the background worker (refreshes queued by the follower, periodic sweep); it works while
   * this node holds the related-lists lease, which it tries to take now.
   */
  public void start() {
    lease.held();
    queue.start();
  }

  /** Computes many articles' lists at once, on several threads: {@code kiosque related}. */
  public BulkLists bulk() {
    return new BulkLists(refresher, lists, articles, lease, clock);
  }

  /** Whether this node computes the lists now (it holds the lease); takes or renews it when due. */
  public boolean computesLists() {
    return lease.held();
  }

  /** How many lists this node's follower and background refresh have computed since it started (not page views'). */
  public long refreshedCount() {
    return refresher.refreshedCount();
  }

  /** The node computing the lists now, if any (a name from {@link Leases#thisNode()}). */
  public Optional<String> computingNode() {
    return lease.holder();
  }

  /** Runs every queued refresh in the calling thread and waits for the worker's: tests, evaluation. */
  public void drainRefreshQueue() {
    queue.drain();
  }

  /** Queues one sweep's worth of stale or missing lists at once; returns how many. */
  public int sweepNow() {
    return queue.sweep();
  }

  /** Computes and stores one article's lists now, in the calling thread. */
  public void refresh(long articleId) {
    refresher.refresh(articleId);
  }

  /** Both stored lists of an article with the reason for each item: for the newsroom. */
  public List<RelatedItem> storedLists(long articleId) {
    return lists.items(articleId).stream()
        .map(i -> new RelatedItem(i.kind().code, i.position(), i.teaser(), i.pinned(), i.reason()))
        .toList();
  }

  /** When the article's stored lists were computed; empty until they are (a page view then computes them). */
  public Optional<Instant> computedAt(long articleId) {
    return lists.computedAt(articleId);
  }

  public List<EditorChoice> choices(long articleId) {
    return overrides.choices(articleId).stream()
        .map(c -> new EditorChoice(c.relatedId(), c.action(), c.position()))
        .toList();
  }

  /**
   * Shows {@code relatedId} first in the article's "Aller plus loin", after earlier pins.
   *
   * @throws ChoiceRefusedException when the rules refuse it (see {@link #choose})
   */
  public void pin(long articleId, long relatedId) {
    choose(articleId, relatedId, OverrideStore.PIN);
  }

  /**
   * Never shows {@code relatedId} under the article, in either list.
   *
   * @throws ChoiceRefusedException when the rules refuse it (see {@link #choose})
   */
  public void exclude(long articleId, long relatedId) {
    choose(articleId, relatedId, OverrideStore.EXCLUDE);
  }

  /** Forgets the choice about {@code relatedId}: the engine decides again. */
  public void clearChoice(long articleId, long relatedId) {
    jdbi.useTransaction(h -> {
      overrides.clear(h, articleId, relatedId);
      changeLog.append(h, articleId, ChangeKind.UPDATED);
    });
    changeLog.signal();
  }

  /**
   * Suggests topics for a draft: existing topics (from similar published articles and names in the
   * text) and new candidates (names found in the text that are no topic yet).
   */
  public TopicSuggestions suggestTopics(String title, String body) {
    return topics.suggest(title, body);
  }

  /**
   * The choice is a change of the article: it goes through the change log like any other, so every
   * node recomputes the lists and purges its cached page. The rules hold whoever calls: the related
   * article exists and is another one; a pin names a published article and at most
   * {@value RelatedEngine#FURTHER_SHOWN} are pinned (a pin shows at once, and no more are shown).
   */
  private void choose(long articleId, long relatedId, String action) {
    if (articles.findById(articleId).isEmpty()) {
      throw new NotFoundException("article " + articleId);
    }
    Article related = articles.findById(relatedId).orElseThrow(() -> new ChoiceRefusedException(
        ChoiceRefusedException.Reason.UNKNOWN, relatedId, "", "no article " + relatedId));
    if (articleId == relatedId) {
      throw refused(ChoiceRefusedException.Reason.SELF, related, "an article cannot be related to itself");
    }
    boolean pin = action.equals(OverrideStore.PIN);
    if (pin && related.status() != ArticleStatus.PUBLISHED) {
      throw refused(ChoiceRefusedException.Reason.UNPUBLISHED, related,
          "article " + relatedId + " is not published: only live articles can be pinned");
    }
    jdbi.useTransaction(h -> {
      overrides.clear(h, articleId, relatedId);
      if (pin && overrides.pinCount(h, articleId) >= RelatedEngine.FURTHER_SHOWN) {
        throw refused(ChoiceRefusedException.Reason.TOO_MANY_PINS, related,
            "at most " + RelatedEngine.FURTHER_SHOWN + " articles can be pinned");
      }
      overrides.set(h, articleId, relatedId, action, clock.instant());
      changeLog.append(h, articleId, ChangeKind.UPDATED);
    });
    changeLog.signal();
  }

  private static ChoiceRefusedException refused(ChoiceRefusedException.Reason reason, Article related, String message) {
    return new ChoiceRefusedException(reason, related.id(), related.title(), message);
  }

  RelatedEngine engine() {
    return engine;
  }

  @Override
  public void close() {
    queue.close();
    lease.release();
  }
}
