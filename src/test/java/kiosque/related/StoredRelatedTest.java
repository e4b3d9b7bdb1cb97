package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.ArticleReadWith;
import kiosque.content.IdList;
import kiosque.content.Teaser;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.SearchTestSupport.Draft;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** What an article page reads of its stored lists: both in one query, and when they last changed. */
@BothDatabases
class StoredRelatedTest {

  static final Instant NOW = SearchTestSupport.NOW;

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;
  private RelatedService related;
  private long[] ids;

  @BeforeEach
  void open() {
    wiring = SearchTestSupport.wiring(data, db);
    related = wiring.relatedService();
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding()))
        .isTrue();
    ids = new long[] {
        publish(cholera("Épidémie de choléra à Kinshasa : l'OMS envoie des renforts", 10)),
        publish(cholera("Choléra à Kinshasa : Médecins sans frontières ouvre un centre", 9)),
        publish(cholera("Kinshasa : l'eau potable manque, le choléra progresse", 8)),
        publish(cholera("Le ministre Jean-Pierre Mabiala visite les centres de Kinshasa", 7)),
        publish(article("Le Wydad de Casablanca remporte le championnat").section("Sport").daysAgo(6)
            .body("Le Wydad de Casablanca a remporté le championnat de football dimanche soir face au Raja."))};
    related.drainRefreshQueue();
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private long publish(Draft draft) {
    long id = draft.saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
    return id;
  }

  private static Draft cholera(String title, int daysAgo) {
    return article(title).section("Afrique").topics("Santé", "Kinshasa").daysAgo(daysAgo)
        .body("L'OMS compte cinquante morts du choléra à Kinshasa. Médecins sans frontières et le ministre "
            + "Jean-Pierre Mabiala demandent de l'eau potable pour les quartiers touchés.");
  }

  private Article articleOf(long id) {
    return wiring.articleStore().findById(id).orElseThrow();
  }

  private static List<Long> idsOf(List<Teaser> teasers) {
    return teasers.stream().map(Teaser::id).toList();
  }

  @Test
  void bothListsInOneReadAreTheListsReadOneByOne() {
    Article article = articleOf(ids[0]);
    RelatedArticles.Shown shown = related.reader().shown(article, 4, 10);

    List<Teaser> further = related.reader().goFurther(article, 4);
    assertThat(idsOf(shown.goFurther())).isNotEmpty().isEqualTo(idsOf(further));
    assertThat(idsOf(shown.recommended()))
        .isEqualTo(idsOf(related.reader().recommendations(article, Set.copyOf(idsOf(further)), 10)))
        .doesNotContainAnyElementsOf(idsOf(further)).doesNotContain(ids[0]);
    assertThat(shown.goFurther().getFirst().title()).isNotBlank();
    assertThat(shown.lastModified()).as("first computed now: the page showed the baseline before").isEqualTo(NOW);
    assertThat(articleOf(ids[0]).topics()).extracting(t -> t.name()).containsExactly("Santé", "Kinshasa");
  }

  @Test
  void theListsLastChangeMovesOnlyWhenTheItemsChange() {
    Instant twoDaysAgo = NOW.minus(Duration.ofDays(2));
    wiring.database().jdbi().useHandle(h -> h.createUpdate(
            "update related_list_state set computed_at = :at, changed_at = :at")
        .bind("at", RelatedListStore.utc(twoDaysAgo)).execute());

    related.refresh(ids[0]);

    assertThat(related.computedAt(ids[0])).contains(NOW);
    assertThat(related.reader().shown(articleOf(ids[0]), 4, 10).lastModified()).isEqualTo(twoDaysAgo);

    long first = related.reader().shown(articleOf(ids[0]), 4, 10).goFurther().getFirst().id();
    related.exclude(ids[0], first);
    wiring.changeFeed().catchUp();

    RelatedArticles.Shown after = related.reader().shown(articleOf(ids[0]), 4, 10);
    assertThat(idsOf(after.goFurther())).doesNotContain(first);
    assertThat(after.lastModified()).isEqualTo(NOW);
  }

  @Test
  void anArticleWithoutStoredListsHasThemComputedAndStoredAndDatedFromNow() {
    wiring.database().jdbi().useHandle(h -> h.createUpdate("delete from related_list_state where article_id = :id")
        .bind("id", ids[1]).execute());

    RelatedArticles.Shown shown = related.reader().shown(articleOf(ids[1]), 4, 10);

    // Computed in the request (ComputedOnMiss) and stored: the page shows stored lists, changed now.
    assertThat(shown.goFurther()).isNotEmpty();
    assertThat(related.computedAt(ids[1])).isPresent();
    assertThat(shown.lastModified()).isEqualTo(wiring.clock().instant());
  }
  private RelatedArticles.Shown shownReadWithArticle(long id) {
    ArticleReadWith<RelatedArticles.ListsRead> read = wiring.articleStore()
        .findWithLead(id, related.reader().shownWithArticle()).orElseThrow();
    return read.with().shown(read.article().article(), 4, 10);
  }

  @Test
  void theListsReadWithTheArticleAreTheListsReadAfterIt() {
    for (long id : ids) {
      assertThat(shownReadWithArticle(id)).isEqualTo(related.reader().shown(articleOf(id), 4, 10));
    }
    assertThat(idsOf(shownReadWithArticle(ids[0]).goFurther())).isNotEmpty().doesNotContain(ids[0]);
    assertThat(wiring.articleStore().findWithLead(ids[4] + 1000, related.reader().shownWithArticle())).isEmpty();
  }

  /** The lists' row keeps the ids of each list's first items (migration V740), as the items' rows say. */
  @Test
  void theListsRowKeepsTheFirstItemsOfEachList() {
    // The bulk command's writes (saveAll) after the single saves of the set-up.
    related.bulk().run(true, NOW.plusSeconds(1), 1, BulkLists.Progress.NONE);
    for (long id : ids) {
      wiring.database().jdbi().useHandle(h -> {
        for (String kind : new String[] {"further", "recommended"}) {
          int first = kind.equals("further") ? RelatedListStore.FIRST_FURTHER : RelatedListStore.FIRST_RECOMMENDED;
          List<Long> items = h.createQuery("select related_id from related_item where article_id = :id"
                  + " and list_kind = :kind order by position")
              .bind("id", id).bind("kind", kind).mapTo(Long.class).list();
          String kept = h.createQuery("select first_" + kind + " from related_list_state where article_id = :id")
              .bind("id", id).mapTo(String.class).one();
          assertThat(kept).as(kind + " of " + id).isEqualTo(IdList.of(items.subList(0, Math.min(first, items.size()))));
        }
      });
    }
  }

  @Test
  void storedListsLeftEmptyAreReadEmptyWithTheirDate() {
    // As the store leaves them: no item, and no first item on the lists' row (migration V740).
    wiring.database().jdbi().useHandle(h -> {
      h.createUpdate("delete from related_item where article_id = :id").bind("id", ids[4]).execute();
      h.createUpdate("update related_list_state set first_further = null, first_recommended = null where article_id = :id")
          .bind("id", ids[4]).execute();
    });

    RelatedArticles.Shown shown = shownReadWithArticle(ids[4]);

    assertThat(shown.goFurther()).isEmpty();
    assertThat(shown.recommended()).isEmpty();
    assertThat(shown.lastModified()).isEqualTo(NOW);
    assertThat(shown).isEqualTo(related.reader().shown(articleOf(ids[4]), 4, 10));
  }

  @Test
  void anArticleWithoutStoredListsReadWithItHasThemComputedInTheRequest() {
    wiring.database().jdbi().useHandle(h -> h.createUpdate("delete from related_list_state where article_id = :id")
        .bind("id", ids[2]).execute());

    RelatedArticles.Shown shown = shownReadWithArticle(ids[2]);

    assertThat(shown.goFurther()).isNotEmpty();
    assertThat(related.computedAt(ids[2])).isPresent();
    assertThat(shownReadWithArticle(ids[2])).isEqualTo(shown);
  }

  @Test
  void aWithdrawnItemAmongTheFirstOnesHasTheListsReadWholeAndPickedAsBefore() {
    // "Aller plus loin" of four items, the article itself fifth: the page reads the first four.
    wiring.database().jdbi().useHandle(h -> {
      h.createUpdate("delete from related_item where article_id = :id").bind("id", ids[0]).execute();
      for (int position = 0; position < 5; position++) {
        h.createUpdate("""
                insert into related_item (article_id, list_kind, position, related_id, pinned, reason)
                values (:article, 'further', :position, :related, false, '')""")
            .bind("article", ids[0]).bind("position", position).bind("related", ids[(position + 1) % 5]).execute();
      }
    });
    assertThat(idsOf(shownReadWithArticle(ids[0]).goFurther())).containsExactly(ids[1], ids[2], ids[3], ids[4]);

    // The first one withdrawn: three of the first four are left, and the fifth is the article.
    wiring.database().jdbi().useHandle(h -> h.createUpdate("update article_teaser set status = 'unpublished' where id = :id")
        .bind("id", ids[1]).execute());

    RelatedArticles.Shown shown = shownReadWithArticle(ids[0]);
    assertThat(idsOf(shown.goFurther())).containsExactly(ids[2], ids[3], ids[4]);
    assertThat(shown).isEqualTo(related.reader().shown(articleOf(ids[0]), 4, 10));
  }
}
