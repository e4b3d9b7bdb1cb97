package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.InvalidContentException;
import kiosque.content.Teaser;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.SearchTestSupport.Draft;
import kiosque.testsupport.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class RelatedServiceTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;
  private RelatedService related;

  @BeforeEach
  void open() {
    wiring = SearchTestSupport.wiring(data, db);
    related = wiring.relatedService();
    // A new data directory starts with an index build: lists wait for it.
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding()))
        .isTrue();
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

  private Article articleOf(long id) {
    return wiring.articleStore().findById(id).orElseThrow();
  }

  private List<Long> further(long id) {
    return related.reader().goFurther(articleOf(id), 4).stream().map(Teaser::id).toList();
  }

  private List<Long> recommended(long id) {
    return related.reader().recommendations(articleOf(id), Set.copyOf(further(id)), 10).stream().map(Teaser::id)
        .toList();
  }

  static Draft cholera(String title, String body, int daysAgo) {
    return article(title).section("Afrique").topics("Santé").daysAgo(daysAgo).body(body);
  }

  private final Draft withdrawn = cholera("Choléra à Kinshasa : Médecins sans frontières ouvre un centre de traitement",
      "Médecins sans frontières a ouvert un centre de traitement du choléra à Kinshasa, à la demande du ministre "
          + "Jean-Pierre Mabiala. L'OMS compte désormais cinquante morts depuis le début de l'épidémie. L'eau "
          + "potable manque toujours dans les quartiers touchés.", 9);

  private long[] newsroomWeek() {
    long first = publish(cholera("Épidémie de choléra à Kinshasa : l'OMS envoie des renforts",
        "L'Organisation mondiale de la santé (OMS) a annoncé l'envoi de médecins à Kinshasa, où l'épidémie de "
            + "choléra a fait quarante morts. Le ministre de la Santé, Jean-Pierre Mabiala, a demandé l'aide de "
            + "Médecins sans frontières. Les hôpitaux de Kinshasa manquent de lits et d'eau potable.", 10));
    long sameStory = publish(withdrawn);
    long football = publish(article("Le Wydad de Casablanca remporte le championnat").section("Sport").daysAgo(8)
        .body("Le Wydad de Casablanca a remporté le championnat de football dimanche soir face au Raja. "
            + "Les supporters ont fêté le titre jusqu'au matin sur la corniche."));
    long cinema = publish(article("Marrakech accueille son festival de cinéma").section("Culture").daysAgo(7)
        .body("Le festival international du film de Marrakech ouvre vendredi avec une sélection de vingt films. "
            + "Le jury est présidé par une réalisatrice marocaine."));
    return new long[] {first, sameStory, football, cinema};
  }

  @Test
  void theSameStoryComesFirstInGoFurtherWithWhyItWasChosen() {
    long[] ids = newsroomWeek();
    related.drainRefreshQueue();

    assertThat(further(ids[0])).first().isEqualTo(ids[1]);
    RelatedItem first = related.storedLists(ids[0]).stream().filter(i -> i.list().equals("further")).findFirst()
        .orElseThrow();
    assertThat(first.reason()).contains("Même affaire").contains("Jean-Pierre Mabiala").contains("Sujets : Santé");
  }

  @Test
  void aDispatchRepublishedIsLeftOutOfBothListsAndAFollowUpWithNewFiguresIsKept() {
    String body = "Un séisme de magnitude 6,8 a frappé la région d'Al Haouz dans la nuit. Les secours fouillent "
        + "les décombres des villages de montagne ; la protection civile et l'armée acheminent des tentes. ";
    long first = publish(article("Séisme au Maroc : le bilan monte à 37 morts").section("Maroc").daysAgo(3)
        .body(body + "Le ministère de l'Intérieur compte 37 morts."));
    long repeat = publish(article("Séisme au Maroc : le bilan monte à 37 morts dimanche").section("Maroc")
        .daysAgo(3).body(body + "Le ministère de l'Intérieur compte 37 morts, selon son communiqué."));
    long followUp = publish(article("Séisme au Maroc : le bilan monte à 241 morts").section("Maroc").daysAgo(2)
        .body(body + "Le ministère de l'Intérieur compte désormais 241 morts et des centaines de blessés."));
    related.drainRefreshQueue();

    assertThat(further(first)).contains(followUp).doesNotContain(repeat);
    assertThat(recommended(first)).doesNotContain(repeat);
    assertThat(further(repeat)).contains(followUp).doesNotContain(first);
  }

  @Test
  void theArticlesThatShouldListANewOneAreRefreshedInTheBackground() {
    long[] ids = newsroomWeek();
    long later = publish(cholera("Kinshasa : le choléra recule, annonce l'OMS",
        "L'épidémie de choléra recule à Kinshasa selon l'OMS. Médecins sans frontières ferme un centre de "
            + "traitement ; le ministre Jean-Pierre Mabiala salue le retour de l'eau potable.", 2));
    assertThat(further(ids[2])).doesNotContain(later);

    related.drainRefreshQueue();

    assertThat(further(ids[0])).contains(later);
    assertThat(further(ids[1])).contains(later);
  }

  @Test
  void unpublishingRemovesAnArticleFromEveryListAtOnceAndFromTheStoredListsAfterTheRefresh() {
    long[] ids = newsroomWeek();
    related.drainRefreshQueue();
    assertThat(further(ids[0])).contains(ids[1]);

    wiring.articleService().save(withdrawn.status(ArticleStatus.UNPUBLISHED).build());
    assertThat(further(ids[0])).as("dropped by the page's join before any refresh").doesNotContain(ids[1]);
    wiring.changeFeed().catchUp();
    related.drainRefreshQueue();

    assertThat(related.storedLists(ids[0])).extracting(i -> i.teaser().id()).doesNotContain(ids[1]);
    assertThat(related.storedLists(ids[1])).isEmpty();
  }

  @Test
  void recommendationsPreferFreshArticlesAndNeverRepeatTheArticleOrGoFurther() {
    Instant old = SearchTestSupport.NOW.minus(Duration.ofDays(4 * 365));
    String body = "Le tramway de Rabat et Salé prolonge sa ligne vers le quartier de Hay Riad. Les travaux du "
        + "tramway dureront deux ans, annonce la société du tramway de Rabat-Salé. ";
    long source = publish(article("Tramway de Rabat : la ligne prolongée vers Hay Riad").topics("Transports")
        .publishedAt(old).body(body + "Les riverains de Hay Riad attendent la ligne."));
    List<String> titles = List.of("Tramway de Rabat : les travaux commencent à Hay Riad",
        "Rabat-Salé : le chantier du tramway bloque l'avenue principale", "Tramway : Salé réclame sa part de la ligne",
        "Hay Riad : les commerçants inquiets des travaux du tramway", "Le tramway de Rabat recrute cent conducteurs",
        "Tramway de Rabat-Salé : la nouvelle ligne coûtera deux milliards");
    for (int i = 0; i < titles.size(); i++) {
      publish(article(titles.get(i)).topics("Transports").publishedAt(old.plus(Duration.ofDays(i + 1)))
          .body(body + "Étape numéro " + i + " du chantier."));
    }
    long fresh = publish(article("Le tramway de Rabat transporte un record de voyageurs").topics("Transports")
        .daysAgo(3).body("Le tramway de Rabat-Salé a transporté un record de voyageurs cette semaine. La ligne "
            + "vers Hay Riad reste la plus fréquentée du tramway."));
    related.drainRefreshQueue();

    List<Long> further = further(source);
    List<Long> recommended = recommended(source);
    assertThat(recommended).first().isEqualTo(fresh);
    assertThat(recommended).doesNotContain(source).doesNotContainAnyElementsOf(further);
    assertThat(related.storedLists(source)).filteredOn(i -> i.teaser().id() == fresh).extracting(RelatedItem::reason)
        .first().asString().contains("Récent");
  }

  @Test
  void editorsPinAndExcludeAndTheEngineFillsTheRest() {
    long[] ids = newsroomWeek();

    related.pin(ids[0], ids[3]);
    related.exclude(ids[0], ids[1]);
    wiring.changeFeed().catchUp();

    assertThat(further(ids[0])).first().isEqualTo(ids[3]);
    assertThat(further(ids[0])).as("the pin, then the only other article left").containsExactly(ids[3], ids[2]);
    assertThat(recommended(ids[0])).doesNotContain(ids[1]);
    assertThat(related.storedLists(ids[0])).first().extracting(RelatedItem::pinned, RelatedItem::reason)
        .containsExactly(true, "Choisi par la rédaction");
    assertThat(related.choices(ids[0])).extracting(EditorChoice::relatedId, EditorChoice::action)
        .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(ids[3], "pin"),
            org.assertj.core.groups.Tuple.tuple(ids[1], "exclude"));

    related.clearChoice(ids[0], ids[1]);
    wiring.changeFeed().catchUp();
    assertThat(further(ids[0])).contains(ids[1]);
    assertThatThrownBy(() -> related.pin(ids[0], ids[0])).isInstanceOf(InvalidContentException.class);
  }

  @Test
  void theBulkCommandAppliesEachArticlesOwnEditorsChoicesReadForTheWholeBatch() {
    long[] ids = newsroomWeek();
    // Two articles of one batch with different choices, pins in the order given; the others with none.
    related.pin(ids[0], ids[3]);
    related.pin(ids[0], ids[2]);
    related.exclude(ids[0], ids[1]);
    related.exclude(ids[1], ids[0]);
    wiring.changeFeed().catchUp();
    related.drainRefreshQueue();
    RelatedListStore lists = new RelatedListStore(wiring.database().jdbi());
    var oneByOne = lists.rows(List.of(ids[0], ids[1], ids[2], ids[3]));
    wiring.database().jdbi().useHandle(h -> h.createUpdate("delete from related_item").execute());

    related.bulk().run(true, SearchTestSupport.NOW.plusSeconds(1), 1, BulkLists.Progress.NONE);

    assertThat(further(ids[0])).startsWith(ids[3], ids[2]).doesNotContain(ids[1]);
    assertThat(further(ids[1])).doesNotContain(ids[0]);
    assertThat(lists.rows(List.of(ids[0], ids[1], ids[2], ids[3])))
        .as("the same rows as the refreshes that read each article's choices alone").isEqualTo(oneByOne);
  }

  @Test
  void aPageViewOfAnArticleWithoutStoredListsComputesAndStoresThemWithoutAnnouncingThem() {
    long[] ids = newsroomWeek();
    long fresh = article("Le choléra à Kinshasa, un an après").section("Afrique").topics("Santé").daysAgo(1)
        .body("Un an après l'épidémie de choléra, Kinshasa rouvre ses centres de traitement.")
        .saveWith(wiring.articleService());
    assertThat(related.computedAt(fresh)).as("the follower has not run").isEmpty();
    long head = wiring.changeLog().head();

    assertThat(further(fresh)).as("computed by the engine in the request").contains(ids[0]);

    assertThat(related.computedAt(fresh)).as("stored for the next view").isPresent();
    assertThat(related.storedLists(fresh)).extracting(i -> i.teaser().id()).contains(ids[0]);
    assertThat(wiring.changeLog().after(head, 10)).as("the page being rendered shows them: nothing to purge")
        .isEmpty();
  }

  @Test
  void storedListsThatChangeAreAnnouncedInTheChangeLogAndTheFollowerPassesOverThem() {
    long[] ids = newsroomWeek();
    List<Change> announced = wiring.changeLog().after(0, 1000).stream()
        .filter(c -> c.kind() == ChangeKind.RELATED).toList();
    assertThat(announced).extracting(Change::articleId).as("each article's first lists").contains(ids[0], ids[1]);

    related.drainRefreshQueue();
    related.refresh(ids[0]);
    wiring.changeFeed().catchUp();
    long head = wiring.changeLog().head();
    related.refresh(ids[0]);
    wiring.changeFeed().catchUp();
    related.drainRefreshQueue();
    assertThat(wiring.changeLog().after(head, 10)).as("the same lists again: nothing to purge, no loop").isEmpty();
  }

  @Test
  void theFollowerSavesItsPositionAndWaitsForTheIndex() {
    newsroomWeek();
    long head = wiring.changeLog().head();
    assertThat(new RelatedListStore(wiring.database().jdbi()).position(RelatedFollower.NAME)).isEqualTo(head);

    List<Change> ahead = List.of(new Change(head + 1, 1, ChangeKind.UPDATED, SearchTestSupport.NOW));
    assertThatThrownBy(() -> related.follower().apply(ahead)).isInstanceOf(RelatedFollower.IndexBehindException.class);
  }

  @Test
  void aLargeBatchAnImportGoesToTheBackgroundQueueAndARestartResumesAfterIt() {
    for (int i = 0; i <= RelatedFollower.COMPUTED_IN_BATCH; i++) {
      cholera("Choléra : bilan numéro " + i, "L'OMS publie le bilan numéro " + i + " de l'épidémie de choléra à "
          + "Kinshasa.", i).saveWith(wiring.articleService());
    }
    RelatedListStore lists = new RelatedListStore(wiring.database().jdbi());

    wiring.changeFeed().catchUp();
    assertThat(lists.withoutLists(100)).as("queued, not computed on the feed's thread")
        .hasSize(RelatedFollower.COMPUTED_IN_BATCH + 1);
    related.drainRefreshQueue();
    assertThat(lists.withoutLists(100)).isEmpty();

    // The new lists are announced in the log; the follower passes over those entries.
    wiring.changeFeed().catchUp();
    long head = wiring.changeLog().head();
    wiring.close();
    wiring = SearchTestSupport.wiring(data, db);
    assertThat(wiring.relatedService().follower().position()).isEqualTo(head);
  }

  @Test
  void listsTheBulkCommandComputedAfterAnImportAreNotComputedAgainWhenAServerFollowsTheImport() {
    for (int i = 0; i <= RelatedFollower.COMPUTED_IN_BATCH; i++) {
      cholera("Choléra : bilan numéro " + i, "L'OMS publie le bilan numéro " + i + " de l'épidémie de choléra à "
          + "Kinshasa.", i).saveWith(wiring.articleService());
    }
    long imported = wiring.changeLog().head();
    // The import ended ten minutes before `kiosque related` ran, and no server followed the log in between.
    wiring.database().jdbi().useHandle(h -> h.createUpdate("update content_change set changed_at = :at")
        .bind("at", RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofMinutes(10)))).execute());
    wiring.close();
    // As `kiosque related` does: the index follows the import, then every missing list is computed.
    try (Wiring command = SearchTestSupport.wiring(data, db)) {
      command.searchService();
      command.changeFeed().catchUp();
      assertThat(command.relatedService().bulk().run(false, SearchTestSupport.NOW, 2, BulkLists.Progress.NONE)
          .computed()).isEqualTo(RelatedFollower.COMPUTED_IN_BATCH + 1);
    }
    // Then a server starts and follows the log from before the import.
    wiring = SearchTestSupport.wiring(data, db);
    related = wiring.relatedService();
    long computedByTheFollower = related.refreshedCount();

    wiring.changeFeed().catchUp();
    related.drainRefreshQueue();

    assertThat(new RelatedListStore(wiring.database().jdbi()).position(RelatedFollower.NAME))
        .as("the follower went past the import").isGreaterThanOrEqualTo(imported);
    assertThat(related.refreshedCount() - computedByTheFollower).as("no list computed twice").isZero();
  }

  @Test
  void theBulkComputationStoresEveryMissingListInBatchesAndAgainOnlyWhatIsAskedFor() {
    for (int i = 0; i < BulkLists.BATCH + 7; i++) {
      cholera("Choléra : bilan numéro " + i, "L'OMS publie le bilan numéro " + i + " de l'épidémie de choléra à "
          + "Kinshasa.", i % 20).saveWith(wiring.articleService());
    }
    wiring.changeFeed().catchUp();
    RelatedListStore lists = new RelatedListStore(wiring.database().jdbi());
    assertThat(lists.countWithoutLists()).as("queued by the follower, not computed yet").isEqualTo(BulkLists.BATCH + 7);
    long head = wiring.changeLog().head();

    BulkLists.Outcome missing = related.bulk().run(false, SearchTestSupport.NOW, 3, BulkLists.Progress.NONE);

    assertThat(missing.computed()).isEqualTo(BulkLists.BATCH + 7);
    assertThat(missing.changed()).as("first lists: every page must show them").isEqualTo(BulkLists.BATCH + 7);
    assertThat(lists.countWithoutLists()).isZero();
    assertThat(wiring.changeLog().after(head, 1000)).extracting(Change::kind).containsOnly(ChangeKind.RELATED)
        .hasSize(BulkLists.BATCH + 7);
    long someArticle = lists.computedBefore(SearchTestSupport.NOW.plusSeconds(1), 1).getFirst();
    assertThat(lists.itemIds(someArticle))
        .isEqualTo(lists.rows(List.of(someArticle)).get(someArticle).stream().map(RelatedListStore.Row::itemId).toList())
        .as("the batch stores what a single refresh would").isNotEmpty();

    assertThat(related.bulk().run(false, SearchTestSupport.NOW, 2, BulkLists.Progress.NONE).computed())
        .as("resumed: nothing missing").isZero();
    BulkLists.Outcome all = related.bulk().run(true, SearchTestSupport.NOW.plusSeconds(1), 2, BulkLists.Progress.NONE);
    assertThat(all.computed()).as("every list computed before the cutoff").isEqualTo(BulkLists.BATCH + 7);
    assertThat(all.changed()).as("the same lists: no page to purge").isZero();
  }

  @Test
  void recomputingTheSameListsRewritesOnlyTheRowsThatDifferAndDatesEveryList() {
    for (int i = 0; i < 12; i++) {
      cholera("Choléra : bilan numéro " + i, "L'OMS publie le bilan numéro " + i + " de l'épidémie de choléra à "
          + "Kinshasa.", i).saveWith(wiring.articleService());
    }
    wiring.changeFeed().catchUp();
    related.bulk().run(false, SearchTestSupport.NOW, 2, BulkLists.Progress.NONE);
    RelatedListStore lists = new RelatedListStore(wiring.database().jdbi());
    List<Long> ids = lists.computedBefore(SearchTestSupport.NOW.plusSeconds(1), 100);
    var stored = lists.rows(ids);
    long tampered = ids.getFirst();
    // A reason stored by an older engine: the same items, another row. And every list two days old.
    wiring.database().jdbi().useHandle(h -> {
      h.createUpdate("update related_item set reason = 'ancienne raison' where article_id = :id")
          .bind("id", tampered).execute();
      h.createUpdate("update related_list_state set computed_at = :at")
          .bind("at", RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofDays(2)))).execute();
    });

    BulkLists.Outcome again = related.bulk().run(true, SearchTestSupport.NOW.plusSeconds(1), 2,
        BulkLists.Progress.NONE);

    assertThat(again.computed()).isEqualTo(ids.size());
    assertThat(again.changed()).as("the same items: no page to purge").isZero();
    assertThat(lists.rows(ids)).as("the old reason replaced, every other row as it was").isEqualTo(stored);
    assertThat(lists.computedBefore(SearchTestSupport.NOW.minus(Duration.ofDays(1)), 100))
        .as("every list dated by the run").isEmpty();
  }

  @Test
  void theSweepFindsThePublishedArticlesStaleListsOldestFirstThroughTheDatesIndex() {
    long[] ids = newsroomWeek();
    Jdbi jdbi = wiring.database().jdbi();
    jdbi.useHandle(h -> {
      for (int i = 0; i < ids.length; i++) {
        // The first article's lists are the newest of the stale ones, the last one's the oldest.
        h.createUpdate("update related_list_state set computed_at = :at where article_id = :id").bind("id", ids[i])
            .bind("at", RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofDays(2 + i)))).execute();
      }
      h.execute("update article set status = 'unpublished' where id = ?", ids[1]);
    });
    RelatedListStore lists = new RelatedListStore(jdbi);

    assertThat(lists.computedBefore(SearchTestSupport.NOW.minus(Duration.ofDays(1)), 10))
        .containsExactly(ids[3], ids[2], ids[0]);
    assertThat(lists.computedBefore(SearchTestSupport.NOW.minus(Duration.ofDays(1)), 2)).containsExactly(ids[3], ids[2]);
    assertThat(lists.computedBefore(SearchTestSupport.NOW.minus(Duration.ofDays(4)), 10)).containsExactly(ids[3]);
    if (db == TestDatabase.H2) {
      // Every 10 s on a site of 100,000 articles: a plan from the published articles scans them all.
      String plan = jdbi.withHandle(h -> h.createQuery("explain " + RelatedListStore.COMPUTED_BEFORE)
          .bind("cutoff", RelatedListStore.utc(SearchTestSupport.NOW)).bind("limit", 30).mapTo(String.class).one());
      assertThat(plan).contains("related_list_state_computed");
    }
  }

  @Test
  void theSweepRecomputesListsOlderThanADay() {
    long[] ids = newsroomWeek();
    wiring.database().jdbi().useHandle(h -> h.createUpdate("update related_list_state set computed_at = :at")
        .bind("at", RelatedListStore.utc(SearchTestSupport.NOW.minus(Duration.ofDays(2)))).execute());

    assertThat(related.sweepNow()).isEqualTo(ids.length);
    related.drainRefreshQueue();

    assertThat(new RelatedListStore(wiring.database().jdbi()).computedBefore(
        SearchTestSupport.NOW.minus(Duration.ofHours(1)), 10)).isEmpty();
  }
}
