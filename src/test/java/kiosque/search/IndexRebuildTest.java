package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuildTest {

  @TempDir
  Path data;

  @TempDir
  Path rebuilt;

  /**
   * Two analysing threads given two batches each write a segment of their own: the readers' index
   * still ends in one, which a search reads once per term.
   */
  @Test
  void aFullRebuildOfTheReadersIndexEndsInOneSegment() throws Exception {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      int articles = SearchIndexFollower.BATCH + 1;
      for (int i = 0; i < articles; i++) {
        article("Dépêche " + i).saveWith(wiring.articleService());
      }
      try (SearchIndex index = SearchIndex.open(rebuilt)) {
        index.rebuildStarted();
        new IndexRebuild(index, wiring.articleStore(), () -> false, 2, IndexScope.PUBLISHED)
            .fill(RebuildProgress.NONE, false);
        index.refresh();

        int segments = index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
        assertThat(segments).isEqualTo(1);
        assertThat(index.documentCount()).isEqualTo(articles);
      }
    }
  }

  /** A process closing once every article is added does not wait for the merge: the rebuild stops there. */
  @Test
  void aRebuildCancelledBeforeItsMergeStopsWithoutMerging() throws Exception {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      for (int i = 0; i < 3; i++) {
        article("Dépêche " + i).saveWith(wiring.articleService());
      }
      AtomicBoolean closing = new AtomicBoolean();
      RebuildProgress closeWhenAllAdded = new RebuildProgress() {
        private long total;
        private long indexed;

        @Override
        public synchronized void started(long total) {
          this.total = total;
        }

        @Override
        public synchronized void indexed(int count) {
          indexed += count;
          closing.set(indexed == total);
        }
      };
      try (SearchIndex index = SearchIndex.open(rebuilt)) {
        index.rebuildStarted();
        IndexRebuild rebuild = new IndexRebuild(index, wiring.articleStore(), closing::get, 2, IndexScope.PUBLISHED);

        assertThatThrownBy(() -> rebuild.fill(closeWhenAllAdded, false)).isInstanceOf(CancellationException.class);
        assertThat(closing).isTrue();
      }
    }
  }
}
