package kiosque.newsroom.editor;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.search.ArchiveQuery;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The article list from the database alone (what serves while the archive index is rebuilt). */
@BothDatabases
class DeskStoreTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  DeskStore desk;
  long oldDraft;
  long publishedMaroc;
  long scheduledMonde;
  long newestDraft;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    desk = new DeskStore(wiring.database().jdbi());
    oldDraft = save(article().id("a").title("Vieux brouillon sur l’eau").section("Maroc").bylines("Nadia Alaoui")
        .topics("Sécheresse").status(ArticleStatus.DRAFT));
    publishedMaroc = save(article().id("b").title("Les barrages à 30 %").section("Maroc").bylines("Karim Benali")
        .topics("Sécheresse", "Agriculture").status(ArticleStatus.PUBLISHED).publishedAt("2025-06-01T12:00:00Z"));
    scheduledMonde = save(article().id("c").title("Sommet à Addis-Abeba").section("Monde").bylines("Nadia Alaoui")
        .status(ArticleStatus.SCHEDULED).publishedAt("2025-07-01T08:00:00Z"));
    newestDraft = save(article().id("d").title("Brouillon du jour").section("Économie").bylines("Nadia Alaoui")
        .status(ArticleStatus.DRAFT));
  }

  /**
   * Each article changed a day after the previous one, at 10:00 UTC (an import dates a new article
   * by its publication, so the times are set here): the list's order is the order of saving. Drafts
   * have no publication time, as in the newsroom.
   */
  private long save(ArticleDrafts draft) {
    clock.advance(Duration.ofDays(1));
    long id = wiring.articleService().save(draft.build()).articleId();
    wiring.database().jdbi().useHandle(h -> h.createUpdate("""
            update article set updated_at = :at,
                published_at = case when status = 'draft' then null else published_at end where id = :id
            """)
        .bind("at", clock.instant().atOffset(java.time.ZoneOffset.UTC)).bind("id", id).execute());
    return id;
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private static ArchiveQuery query(String status, String section, String author, String topic, Instant from,
      Instant until, ArchiveQuery.Sort sort, int offset, int limit) {
    return new ArchiveQuery("", status, section, author, topic, from, until, sort, offset, limit);
  }

  private List<Long> ids(ArchiveQuery query) {
    return desk.search(query).rows().stream().map(DeskStore.Row::id).toList();
  }

  @Test
  void everyStatusNewestChangeFirstWithTheTotalAndPages() {
    ArchiveQuery all = query(null, null, null, null, null, null, null, 0, 3);

    DeskStore.Found first = desk.search(all);
    assertThat(first.total()).isEqualTo(4);
    assertThat(first.rows()).extracting(DeskStore.Row::id).containsExactly(newestDraft, scheduledMonde, publishedMaroc);
    assertThat(ids(query(null, null, null, null, null, null, null, 3, 3))).containsExactly(oldDraft);
  }

  @Test
  void filtersByStatusSectionAuthorAndTopicMatchNamesWhateverTheAccentsAndCase() {
    assertThat(ids(query("draft", null, null, null, null, null, null, 0, 50))).containsExactly(newestDraft, oldDraft);
    assertThat(ids(query(null, "maroc", null, null, null, null, null, 0, 50))).containsExactly(publishedMaroc, oldDraft);
    assertThat(ids(query(null, "economie", null, null, null, null, null, 0, 50))).containsExactly(newestDraft);
    assertThat(ids(query(null, null, "NADIA ALAOUI", null, null, null, null, 0, 50)))
        .containsExactly(newestDraft, scheduledMonde, oldDraft);
    assertThat(ids(query(null, null, null, "secheresse", null, null, null, 0, 50)))
        .containsExactly(publishedMaroc, oldDraft);
    assertThat(ids(query("draft", "Maroc", "Nadia Alaoui", "Sécheresse", null, null, null, 0, 50)))
        .containsExactly(oldDraft);
    assertThat(desk.search(query(null, "Inconnue", null, null, null, null, null, 0, 50)).total()).isZero();
  }

  @Test
  void theDateRangeReadsTheDateTheListIsSortedBy() {
    Instant thirdDay = Instant.parse("2025-06-04T00:00:00Z");
    // By last change: the two saved on and after the fourth day.
    assertThat(ids(query(null, null, null, null, thirdDay, null, null, 0, 50)))
        .containsExactly(newestDraft, scheduledMonde);
    assertThat(ids(query(null, null, null, null, null, thirdDay, null, 0, 50)))
        .containsExactly(publishedMaroc, oldDraft);
    // By publication: drafts have none and come last; the range reads the publication time.
    assertThat(ids(query(null, null, null, null, null, null, ArchiveQuery.Sort.PUBLISHED, 0, 50)))
        .startsWith(scheduledMonde, publishedMaroc);
    assertThat(ids(query(null, null, null, null, Instant.parse("2025-06-15T00:00:00Z"), null,
        ArchiveQuery.Sort.PUBLISHED, 0, 50))).containsExactly(scheduledMonde);
  }

  @Test
  void rowsComeBackInTheOrderTheSearchGaveThem() {
    assertThat(desk.rows(List.of(oldDraft, newestDraft, 999_999L, publishedMaroc)))
        .extracting(DeskStore.Row::id).containsExactly(oldDraft, newestDraft, publishedMaroc);
    assertThat(desk.rows(List.of())).isEmpty();
  }
}
