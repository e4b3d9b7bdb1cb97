package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.Wiring;
import kiosque.testsupport.Await;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * The background queue lives in memory: a process stopped before it drains (a crash) loses it. The
 * next start derives the lost work from the database, so no article waits for the slow sweep.
 */
@BothDatabases
class LostRefreshWorkTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  @Test
  void listsQueuedWhenTheProcessStoppedAreComputedAfterTheRestart() {
    List<Long> updated;
    try (Wiring before = SearchTestSupport.wiring(data, db)) {
      before.relatedService();
      waitForIndex(before);
      updated = publishEach(before, 10);
      Jdbi jdbi = before.database().jdbi();
      assertThat(new RelatedListStore(jdbi).countWithoutLists()).as("a small batch is computed at once").isZero();
      // An update committed, its follower work queued, then the process died: lists older than the article.
      jdbi.useHandle(h -> {
        h.createUpdate("update related_list_state set computed_at = :at").bind("at",
            RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofHours(1)))).execute();
        h.createUpdate("update article set updated_at = :at where id in (<ids>)").bindList("ids", updated)
            .bind("at", RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofMinutes(30)))).execute();
      });
      // An import: more articles than the sweep takes at once, queued whole, never drained.
      for (int i = 0; i < 45; i++) {
        article("Importé numéro " + i + " sur la pêche à Agadir").section("Économie").saveWith(before.articleService());
      }
      before.changeFeed().catchUp();
      assertThat(new RelatedListStore(jdbi).countWithoutLists()).isEqualTo(45);
    }

    try (Wiring after = SearchTestSupport.wiring(data, db)) {
      after.relatedService().start();
      RelatedListStore lists = new RelatedListStore(after.database().jdbi());
      Await.until("every list computed again after the restart", Duration.ofSeconds(60),
          () -> lists.countWithoutLists() == 0
              && lists.computedBefore(SearchTestSupport.NOW.minus(Duration.ofMinutes(1)), 100).isEmpty());
      assertThat(lists.needingRefresh()).as("nothing left: every list postdates its article's update").isEmpty();
    }
  }

  private static List<Long> publishEach(Wiring wiring, int count) {
    List<Long> ids = new java.util.ArrayList<>();
    for (int i = 0; i < count; i++) {
      ids.add(article("Le port de Tanger agrandi, étape " + i).section("Économie").saveWith(wiring.articleService()));
      wiring.changeFeed().catchUp();
    }
    return ids;
  }

  private static void waitForIndex(Wiring wiring) {
    Await.until("the new index built", Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding());
  }
}
