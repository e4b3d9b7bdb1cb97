package kiosque.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.function.Function;
import java.util.stream.Collectors;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeLog;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the search index in step with the change log: each changed article is read again from the
 * store; published, its document is replaced, anything else deletes it. Each batch is searchable
 * when apply() returns; commits record the last sequence number applied, where the feed resumes
 * after a restart (a crash replays what came after the last commit, which is harmless).
 *
 * <p>At start, an index that is missing, unreadable, or ahead of this database's log (a database
 * copied from elsewhere) is rebuilt in the background while searches keep answering. Changes that
 * arrive during a rebuild are noted and applied, read fresh, when it ends: the rebuild may have
 * read those articles before they changed.
 */
public final class SearchIndexFollower implements ChangeFollower, AutoCloseable {

  /** Its name among the change feed's followers (metrics, readiness). */
  public static final String NAME = "search-index";

  private static final Logger log = LoggerFactory.getLogger(SearchIndexFollower.class);
  static final int BATCH = 500;

  private final SearchIndex index;
  private final ArticleStore articles;
  private final ChangeLog changeLog;
  private final IndexRebuild rebuild;
  private final IndexScope scope;
  private final String name;
  /** Serialises apply() with the start and the end of a rebuild. */
  private final Object lock = new Object();
  /** One rebuild at a time; a semaphore because the background rebuild ends on another thread. */
  private final Semaphore rebuildPermit = new Semaphore(1);
  private Set<Long> changedDuringRebuild;
  private long lastSeqDuringRebuild;
  private volatile long startPosition;
  private volatile boolean closed;
  private volatile Thread background;

  public SearchIndexFollower(SearchIndex index, ArticleStore articles, ChangeLog changeLog) {
    this(index, articles, changeLog, IndexScope.PUBLISHED, NAME);
  }

  private SearchIndexFollower(SearchIndex index, ArticleStore articles, ChangeLog changeLog, IndexScope scope,
      String name) {
    this.index = index;
    this.articles = articles;
    this.changeLog = changeLog;
    this.scope = scope;
    this.name = name;
    this.rebuild = new IndexRebuild(index, articles, () -> closed, scope);
  }

  /**
   * The follower of the newsroom's index ({@link ArchiveSearch}): every article whatever its
   * status, kept in step by the same change log, rebuilt the same way.
   */
  public static SearchIndexFollower wholeArchive(SearchIndex index, ArticleStore articles, ChangeLog changeLog) {
    return new SearchIndexFollower(index, articles, changeLog, IndexScope.WHOLE_ARCHIVE, ArchiveSearch.FOLLOWER);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public long position() {
    return startPosition;
  }

  /**
   * Decides where to resume: from the index's own commit when it can be trusted, otherwise from
   * the head of the log after a rebuild started here in the background. Call before following.
   */
  public void start() {
    long head = changeLog.head();
    Optional<String> reason = index.rebuildReason();
    if (reason.isEmpty() && index.appliedSeq() > head) {
      reason = Optional.of("it has changes up to " + index.appliedSeq() + " but this database's log stops at " + head);
    }
    if (reason.isEmpty()) {
      startPosition = index.appliedSeq();
      return;
    }
    log.info("Rebuilding the search index in the background: {}", reason.get());
    rebuildPermit.acquireUninterruptibly();
    try {
      boolean wasEmpty = index.documentCount() == 0;
      startPosition = beginRebuild();
      long seq = startPosition;
      background = Thread.ofPlatform().name("search-rebuild").daemon(true).start(() -> {
        try {
          rebuild.fill(RebuildProgress.NONE, wasEmpty);
          finishRebuild(seq);
          log.info("Search index rebuilt: {} articles", index.documentCount());
        } catch (CancellationException e) {
          log.info("Search index rebuild stopped: the process is closing; it will run again at the next start");
        } catch (IOException | RuntimeException e) {
          log.error("Rebuilding the search index failed; it will be tried again at the next start", e);
        } finally {
          rebuildPermit.release();
        }
      });
    } catch (IOException | RuntimeException e) {
      rebuildPermit.release();
      throw new SearchIndexException("Cannot start rebuilding the search index: " + e.getMessage(), e);
    }
  }

  /**
   * Rebuilds the whole index from the database in the calling thread. Searches keep answering
   * from the previous state of the index until it is done.
   */
  public void rebuild(RebuildProgress progress) {
    rebuildPermit.acquireUninterruptibly();
    try {
      long seq = beginRebuild();
      rebuild.fill(progress, false);
      finishRebuild(seq);
    } catch (IOException e) {
      throw new SearchIndexException("Rebuilding the search index failed: " + e.getMessage(), e);
    } finally {
      rebuildPermit.release();
    }
  }

  /** Waits for a background rebuild started by {@link #start()}, if one runs. */
  private void awaitBackgroundRebuild() throws InterruptedException {
    Thread thread = background;
    if (thread != null) {
      thread.join();
    }
  }

  private long beginRebuild() throws IOException {
    synchronized (lock) {
      long head = changeLog.head();
      changedDuringRebuild = new HashSet<>();
      lastSeqDuringRebuild = head;
      index.rebuildStarted();
      return head;
    }
  }

  private void finishRebuild(long seq) throws IOException {
    synchronized (lock) {
      Set<Long> changed = changedDuringRebuild;
      reindex(changed);
      index.refresh();
      index.applied(Math.max(seq, lastSeqDuringRebuild));
      index.commit();
      changedDuringRebuild = null;
      index.rebuildEnded();
    }
  }

  @Override
  public void apply(List<Change> changes) throws IOException {
    synchronized (lock) {
      if (closed) {
        // The process is stopping: nothing is committed, so the next start applies these again.
        return;
      }
      long last = changes.getLast().seq();
      // A related-lists change leaves the article, hence its document, as it was.
      Set<Long> ids = changes.stream().filter(c -> c.kind().changesArticle()).map(Change::articleId)
          .collect(Collectors.toCollection(LinkedHashSet::new));
      if (changedDuringRebuild != null) {
        changedDuringRebuild.addAll(ids);
        lastSeqDuringRebuild = Math.max(lastSeqDuringRebuild, last);
        return;
      }
      reindex(ids);
      index.refresh();
      index.applied(last);
      if (index.commitDue()) {
        index.commit();
      }
    }
  }

  /** Reads the articles again and makes the index agree: those in scope replaced, others deleted. */
  private void reindex(Collection<Long> ids) throws IOException {
    List<Long> all = List.copyOf(ids);
    for (int from = 0; from < all.size(); from += BATCH) {
      List<Long> chunk = all.subList(from, Math.min(all.size(), from + BATCH));
      Map<Long, Article> found = articles.findByIds(chunk).stream()
          .collect(Collectors.toMap(Article::id, Function.identity()));
      for (Long id : chunk) {
        Article article = found.get(id);
        if (article != null && scope.keeps(article)) {
          index.update(id, scope.document(article));
        } else {
          index.delete(id);
        }
      }
    }
  }

  /** Stops a background rebuild (it is rolled back when the index closes) and waits for it. */
  @Override
  public void close() {
    synchronized (lock) {
      // Taking the lock waits for an apply() in progress: the index must not close under it.
      closed = true;
    }
    try {
      awaitBackgroundRebuild();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
