package kiosque.content;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class ArticleServiceTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  Wiring wiring;
  ArticleService service;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), Clock.fixed(Instant.parse("2025-06-01T10:00:00Z"), ZoneOffset.UTC));
    service = wiring.articleService();
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void storesEverythingTheDraftSaysWithNamesResolved() {
    long id = service.save(article().title("L’armée en « alerte »").section("Économie").bylines("I.L", "K.B")
        .topics("États-Unis", "Défense").source("La MAP", "https://www.mapexpress.ma/").build()).articleId();

    Article stored = wiring.articleStore().findById(id).orElseThrow();
    assertThat(stored.title()).isEqualTo("L’armée en « alerte »");
    assertThat(stored.slug()).isEqualTo("l-armee-en-alerte");
    assertThat(stored.section().name()).isEqualTo("Économie");
    assertThat(stored.section().slug()).isEqualTo("economie");
    assertThat(stored.authors()).extracting(Author::byline).containsExactly("I.L", "K.B");
    assertThat(stored.topics()).extracting(Topic::name).containsExactly("États-Unis", "Défense");
    assertThat(stored.bodyText()).isEqualTo("Premier paragraphe.\n\nSecond paragraphe.");
    assertThat(stored.sourceName()).isEqualTo("La MAP");
    assertThat(stored.publishedAt()).isEqualTo(Instant.parse("2021-01-14T14:20:00Z"));
  }

  @Test
  void matchesExistingNamesWhateverTheirCaseAndAccents() {
    long first = service.save(article().section("Économie").topics("États-Unis").bylines("I.L").build()).articleId();
    long second = service.save(article().section("economie").topics("etats-unis").bylines("i.l").build()).articleId();

    Article a = wiring.articleStore().findById(first).orElseThrow();
    Article b = wiring.articleStore().findById(second).orElseThrow();
    assertThat(b.section()).isEqualTo(a.section());
    assertThat(b.topics()).isEqualTo(a.topics());
    assertThat(b.authors()).isEqualTo(a.authors());
    assertThat(wiring.taxonomyStore().sections()).hasSize(1);
  }

  @Test
  void savingTheSameDraftTwiceChangesNothingAndLogsNothing() {
    var draft = article().id("wp-1").build();
    SaveOutcome first = service.save(draft);
    long head = wiring.changeLog().head();

    SaveOutcome again = service.save(draft);

    assertThat(first.kind()).isEqualTo(SaveOutcome.Kind.CREATED);
    assertThat(again).isEqualTo(new SaveOutcome(first.articleId(), SaveOutcome.Kind.UNCHANGED));
    assertThat(wiring.changeLog().head()).isEqualTo(head);
  }

  @Test
  void everyChangeWritesOneRowToTheChangeLog() {
    long id = service.save(article().id("a").build()).articleId();
    service.save(article().id("a").title("Titre corrigé").build());
    service.save(article().id("a").title("Titre corrigé").status(ArticleStatus.UNPUBLISHED).build());

    List<Change> changes = wiring.changeLog().after(0, 10);
    assertThat(changes).extracting(Change::articleId).containsOnly(id);
    assertThat(changes).extracting(Change::kind)
        .containsExactly(ChangeKind.PUBLISHED, ChangeKind.UPDATED, ChangeKind.UNPUBLISHED);
  }

  @Test
  void anUpdateMovesTheModifiedTimeButNotThePublicationTime() {
    long id = service.save(article().id("a").build()).articleId();
    service.save(article().id("a").title("Correction").build());

    Article stored = wiring.articleStore().findById(id).orElseThrow();
    assertThat(stored.publishedAt()).isEqualTo(Instant.parse("2021-01-14T14:20:00Z"));
    assertThat(stored.updatedAt()).isEqualTo(Instant.parse("2025-06-01T10:00:00Z"));
    assertThat(stored.version()).isEqualTo(1);
  }

  @Test
  void aLegacyPathClaimedByAnotherArticleIsRefusedAndNothingIsWritten() {
    service.save(article().id("a").legacyPaths("/old/one.html").build());
    long head = wiring.changeLog().head();

    assertThatThrownBy(() -> service.save(article().id("b").title("Autre").legacyPaths("/old/one.html").build()))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageContaining("/old/one.html");
    assertThat(wiring.changeLog().head()).isEqualTo(head);
    assertThat(wiring.articleStore().countPublished()).isEqualTo(1);
  }

  @Test
  void legacyUrlsAreStoredAsPathAndQuery() {
    long id = service.save(article().legacyPaths("https://ancien-site.ma/actualite/123-titre.html",
        "/index.php?p=123").build()).articleId();
    assertThat(wiring.articleStore().pathsOf(id)).containsExactly("/actualite/123-titre.html", "/index.php?p=123");
  }

  @Test
  void refusesWhatCannotBeShown() {
    assertThatThrownBy(() -> service.save(article().title("  ").build()))
        .isInstanceOf(InvalidContentException.class).hasMessage("title is missing");
    assertThatThrownBy(() -> service.save(article().body("<script>alert(1)</script>").build()))
        .isInstanceOf(InvalidContentException.class).hasMessageContaining("body is empty");
    assertThatThrownBy(() -> service.save(article().source("X", "javascript:alert(1)").build()))
        .isInstanceOf(InvalidContentException.class).hasMessageContaining("source_url");
  }

  @Test
  void sectionSlugsNeverLookLikeArchiveYears() {
    long id = service.save(article().section("2021").build()).articleId();
    assertThat(wiring.articleStore().findById(id).orElseThrow().section().slug()).isEqualTo("section-2021");
  }

  @Test
  void theNewsroomsSavesGoThroughTheSameRulesAsImports() {
    long author = wiring.accountService().create(Actor.operator("test"), "redaction@example.ma", null,
        Role.ADMINISTRATOR, "un mot de passe de test".toCharArray()).id();
    long id = service.create(article().title("Brouillon\u0000 du\u0007 jour").body("Texte\u0000.").build(), author,
        (handle, created) -> { });

    Article created = wiring.articleStore().findById(id).orElseThrow();
    assertThat(created.title()).isEqualTo("Brouillon du jour");
    assertThat(created.bodyHtml()).doesNotContain("\u0000");
    assertThatThrownBy(() -> service.update(id, created.version(),
        article().title("Daté").publishedAt("+10000-01-01T00:00:00Z").build(), (handle, same) -> { }))
        .isInstanceOf(InvalidContentException.class).hasMessageContaining("outside the years 1800 to 9999");
  }
}
