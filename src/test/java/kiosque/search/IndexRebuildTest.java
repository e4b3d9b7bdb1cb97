package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
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
}
