package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kiosque.Wiring;
import kiosque.content.Teaser;
import kiosque.testsupport.Await;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * A node that becomes the one computing the lists queues the articles changed while none computed
 * (the previous holder died between a change and its follower's turn). Those are refreshed as the
 * follower would have: a new article's earlier neighbours must come to list it, not a day later.
 */
@BothDatabases
class ListsTakeOverTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;
  private RelatedService related;

  @BeforeEach
  void open() {
    // The shortest lease the setting allows, so this node looks again within a fraction of a second.
    wiring = SearchTestSupport.wiring(data, db, Map.of(ListsLease.LENGTH.env(), "2"));
    related = wiring.relatedService();
    Await.until("the new index built", Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding());
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private void anotherNodeHoldsTheLease(boolean holds) {
    wiring.database().jdbi().useHandle(h -> {
      h.execute("delete from node_lease where name = ?", ListsLease.NAME);
      if (holds) {
        h.createUpdate("insert into node_lease (name, holder, expires_at) values (:name, 'another-node', :until)")
            .bind("name", ListsLease.NAME).bind("until", RelatedListStore.utc(SearchTestSupport.NOW.plus(Duration.ofHours(1))))
            .execute();
      }
    });
  }

  @Test
  void theArticlesChangedWhileNoNodeComputedAreRefreshedWithTheEarlierArticlesThatShouldListThem() {
    long earlier = article("Séisme : les secours à pied d'œuvre à Agadir").section("Maroc").topics("Séismes").daysAgo(2)
        .body("Les secours fouillent les décombres après le séisme qui a frappé Agadir.")
        .saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    assertThat(related.computedAt(earlier)).as("this node computed the first article's lists").isPresent();

    anotherNodeHoldsTheLease(true);
    Await.until("this node sees the other one computing", Duration.ofSeconds(5), () -> !related.computesLists());
    long later = article("Séisme : l'aide internationale arrive à Agadir").section("Maroc").topics("Séismes").daysAgo(1)
        .body("Les premières équipes de secours étrangères sont arrivées à Agadir après le séisme.")
        .saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    assertThat(related.computedAt(later)).as("passed over: the other node computes").isEmpty();

    // The other node died after the change, before its follower's turn; its lease is gone.
    anotherNodeHoldsTheLease(false);
    Await.until("this node takes over", Duration.ofSeconds(5), related::computesLists);
    related.drainRefreshQueue();

    assertThat(related.computedAt(later)).as("the change passed over is computed").isPresent();
    assertThat(related.storedLists(earlier)).extracting(i -> i.teaser().id()).as("and the earlier article lists it")
        .contains(later);
    assertThat(related.reader().goFurther(wiring.articleStore().findById(earlier).orElseThrow(), 4))
        .extracting(Teaser::id).contains(later);
  }
}
