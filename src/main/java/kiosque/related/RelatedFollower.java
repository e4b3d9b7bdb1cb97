package kiosque.related;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.changes.FollowerNotReadyException;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.search.SimilarityIndex;

/**
 * Keeps the stored lists in step with the change log. Registered after the search index's
 * follower, so the index already holds each change; while the index rebuilds, or lags behind the
 * batch, it throws and the feed retries the batch later.
 *
 * <p>A changed article that is published gets its own lists at once, and its most similar articles
 * (which may now want to list it) go to the background queue, with those already listing it. One
 * no longer published loses its lists, and those that listed it are queued. A large batch (an
 * import) is queued rather than computed on the feed's thread, which other followers share, except
 * the articles whose lists were computed since (by {@code kiosque related}).
 * The position is saved in the database after each batch: a restart resumes there.
 *
 * <p>Only the node holding the {@link ListsLease} computes. The others pass over the log (their
 * page caches purge on the {@link ChangeKind#RELATED} entries the holder writes) and remember how
 * far; when one takes over, it queues every article changed after the position the previous holder
 * saved, so nothing changed in between is left with stale lists. It ignores its own RELATED entries.
 */
final class RelatedFollower implements ChangeFollower {

  static final String NAME = "related-lists";
  /** Above this many articles in a batch, all of them go to the background queue. */
  static final int COMPUTED_IN_BATCH = 20;
  /**
   * How long after a batch's newest change a stored list must have been computed to be taken as
   * up to date with the batch: a computation that read an article just before a change stores its
   * list just after it, and two nodes' clocks may differ by a few seconds.
   */
  static final Duration SETTLED = Duration.ofMinutes(1);

  private final SimilarityIndex index;
  private final ArticleStore articles;
  private final ListRefresher refresher;
  private final RefreshQueue queue;
  private final RelatedListStore lists;
  private final ChangeLog changeLog;
  private final ListsLease lease;
  private final long startPosition;
  /** The last change passed over while another node computed; 0 when none since the last catch-up. */
  private long skippedUpTo;

  RelatedFollower(SimilarityIndex index, ArticleStore articles, ListRefresher refresher, RefreshQueue queue,
      RelatedListStore lists, ChangeLog changeLog, ListsLease lease) {
    this.index = index;
    this.changeLog = changeLog;
    this.lease = lease;
    this.articles = articles;
    this.refresher = refresher;
    this.queue = queue;
    this.lists = lists;
    // A position past the end of this database's log means the database was replaced: start from its end.
    this.startPosition = Math.min(lists.position(NAME), changeLog.head());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public long position() {
    return startPosition;
  }

  @Override
  public synchronized void apply(List<Change> changes) {
    long last = changes.getLast().seq();
    if (!lease.held()) {
      skippedUpTo = last;
      return;
    }
    List<Change> articleChanges = changes.stream().filter(c -> c.kind().changesArticle()).toList();
    if (articleChanges.isEmpty()) {
      lists.savePosition(NAME, last);
      return;
    }
    if (index.isRebuilding() || index.appliedSeq() < last) {
      throw new IndexBehindException("the search index is " + (index.isRebuilding() ? "rebuilding" : "at change "
          + index.appliedSeq()) + ", related lists wait for change " + last);
    }
    Set<Long> ids = articleChanges.stream().map(Change::articleId).collect(Collectors.toCollection(LinkedHashSet::new));
    if (ids.size() > COMPUTED_IN_BATCH) {
      // After an import, `kiosque related` has usually computed every list already, before any
      // server followed the log: lists computed well after the batch's newest change saw all of it,
      // so only the others are queued (at 100,000 articles, hours of background work otherwise).
      Instant newest = articleChanges.stream().map(Change::changedAt).max(Comparator.naturalOrder()).orElseThrow();
      ids.removeAll(lists.computedAfter(ids, newest.plus(SETTLED)));
      // The worker reads each article again and computes or forgets its lists, as for any queued one.
      queue.addAll(ids);
      lists.savePosition(NAME, last);
      return;
    }
    Map<Long, Article> found = articles.findByIds(ids).stream()
        .collect(Collectors.toMap(Article::id, Function.identity()));
    Set<Long> later = new LinkedHashSet<>();
    for (Long id : ids) {
      later.addAll(refresher.afterChange(id, found.get(id)));
    }
    later.removeAll(ids);
    queue.addAll(later);
    lists.savePosition(NAME, last);
  }

  /**
   * This node has just become the one that computes: queues the articles changed between the
   * position the previous holder saved and the last change this node passed over.
   */
  synchronized void catchUpSkipped() {
    if (skippedUpTo == 0) {
      return;
    }
    long from = lists.position(NAME);
    Set<Long> ids = new LinkedHashSet<>();
    while (from < skippedUpTo) {
      List<Change> batch = changeLog.after(from, 1_000);
      if (batch.isEmpty()) {
        break;
      }
      batch.stream().filter(c -> c.seq() <= skippedUpTo && c.kind().changesArticle())
          .forEach(c -> ids.add(c.articleId()));
      from = batch.getLast().seq();
    }
    // Changed while no node computed: refreshed as the follower would have, their neighbours after
    // them (a new article must reach the lists of the earlier ones), unless they are an import's many.
    if (ids.size() > COMPUTED_IN_BATCH) {
      queue.addAll(ids);
    } else {
      queue.addChanged(ids);
    }
    if (lists.position(NAME) < skippedUpTo) {
      lists.savePosition(NAME, skippedUpTo);
    }
    skippedUpTo = 0;
  }

  /** The index has not caught up with the batch yet: the feed retries it. */
  static final class IndexBehindException extends FollowerNotReadyException {
    IndexBehindException(String message) {
      super(message);
    }
  }
}
