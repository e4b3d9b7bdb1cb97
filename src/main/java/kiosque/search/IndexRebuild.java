package kiosque.search;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import kiosque.content.Article;
import kiosque.content.ArticleStore;

/**
 * Fills an emptied index from the database. The calling thread streams published articles in
 * keyset pages while {@link #indexers} threads analyse and add them, so reading the database and
 * analysing text overlap; more threads than that do not help on two cores (see docs/benchmarks.md).
 */
final class IndexRebuild {

  /** Refresh this often when readers would otherwise see an empty index until the end. */
  private static final int PARTIAL_REFRESH_EVERY = 5_000;

  private final SearchIndex index;
  private final ArticleStore articles;
  private final BooleanSupplier cancelled;
  private final int indexers;
  private final IndexScope scope;

  IndexRebuild(SearchIndex index, ArticleStore articles, BooleanSupplier cancelled) {
    this(index, articles, cancelled, IndexScope.PUBLISHED);
  }

  IndexRebuild(SearchIndex index, ArticleStore articles, BooleanSupplier cancelled, IndexScope scope) {
    // A benchmark knob, not an operator setting: one analysing thread per core beyond the first.
    this(index, articles, cancelled, Integer.getInteger("kiosque.search.indexers",
        Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1))), scope);
  }

  IndexRebuild(SearchIndex index, ArticleStore articles, BooleanSupplier cancelled, int indexers) {
    this(index, articles, cancelled, indexers, IndexScope.PUBLISHED);
  }

  IndexRebuild(SearchIndex index, ArticleStore articles, BooleanSupplier cancelled, int indexers, IndexScope scope) {
    this.index = index;
    this.articles = articles;
    this.cancelled = cancelled;
    this.indexers = indexers;
    this.scope = scope;
  }

  /**
   * Adds every published article. With {@code showPartial} (the index was empty anyway) readers
   * see results arrive as it goes; otherwise they keep the previous state until the final refresh.
   *
   * @throws CancellationException when the process closes meanwhile
   */
  void fill(RebuildProgress progress, boolean showPartial) throws IOException {
    progress.started(scope.count(articles));
    AtomicReference<Throwable> failure = new AtomicReference<>();
    Semaphore inFlight = new Semaphore(indexers * 2);
    try (ExecutorService pool = Executors.newFixedThreadPool(indexers,
        Thread.ofPlatform().name("search-rebuild-indexer-", 1).daemon(true).factory())) {
      long afterId = 0;
      int sinceRefresh = 0;
      while (failure.get() == null) {
        if (cancelled.getAsBoolean()) {
          throw new CancellationException("closing");
        }
        ArticleStore.PublishedPage page = scope.pageAfter(articles, afterId, SearchIndexFollower.BATCH);
        afterId = page.lastId();
        List<Article> batch = page.articles();
        inFlight.acquireUninterruptibly();
        pool.execute(() -> {
          try {
            for (Article article : batch) {
              index.add(scope.document(article));
            }
            progress.indexed(batch.size());
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e);
          } finally {
            inFlight.release();
          }
        });
        sinceRefresh += batch.size();
        if (showPartial && sinceRefresh >= PARTIAL_REFRESH_EVERY) {
          index.refresh();
          sinceRefresh = 0;
        }
        if (page.isLast()) {
          break;
        }
      }
    }
    Throwable failed = failure.get();
    if (failed instanceof IOException e) {
      throw e;
    }
    if (failed instanceof RuntimeException e) {
      throw e;
    }
    if (scope.mergedAfterRebuild()) {
      if (cancelled.getAsBoolean()) {
        throw new CancellationException("closing");
      }
      index.mergeIntoOneSegment(cancelled);
    }
  }
}
