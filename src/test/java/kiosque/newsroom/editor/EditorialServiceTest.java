package kiosque.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.InvalidContentException;
import kiosque.content.StaleArticleException;
import kiosque.errors.BadRequestException;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.workflow.EditorialState.Pending;
import kiosque.newsroom.workflow.Transition;
import kiosque.newsroom.workflow.WorkflowException;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class EditorialServiceTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  EditorialService editorial;
  Actor editor;
  Actor journalist;
  Actor contributor;

  @BeforeEach
  void open() {
    open(Map.of());
  }

  void open(Map<String, String> env) {
    wiring = new Wiring(TestSettings.in(dir, env, db), clock);
    editorial = wiring.editorialService();
    editor = actor(Role.EDITOR, "editor@example.ma");
    journalist = actor(Role.JOURNALIST, "nadia@example.ma");
    contributor = actor(Role.CONTRIBUTOR, "karim@example.ma");
  }

  private Actor actor(Role role, String email) {
    var existing = wiring.accountService().accounts(Actor.operator("test")).stream()
        .filter(a -> a.email().equals(email)).findFirst();
    return new Actor(existing.orElseGet(() -> wiring.accountService().create(Actor.operator("test"), email, null, role,
        "un mot de passe de test".toCharArray())), "127.0.0.1");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  static ArticleForm form(String title, String body) {
    return new ArticleForm(title, "Le chapô.", body, "Maroc", List.of("Défense"), List.of("N.A"), "", "", "");
  }

  private Article article(long id) {
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void aNewArticleIsAnUnpublishedDraftWithAFirstRevisionAndItsBodySanitised() {
    long id = editorial.create(journalist, form("Premier jet", "<p>Du <b>gras</b><script>alert(1)</script></p>"));

    Article stored = article(id);
    assertThat(stored.status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(stored.bodyHtml()).isEqualTo("<p>Du <b>gras</b></p>");
    assertThat(stored.publishedAt()).isNull();
    assertThat(editorial.revisions(id)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo("created");
      assertThat(r.form().body()).isEqualTo("<p>Du <b>gras</b></p>");
    });
  }

  @Test
  void aStaleSaveIsRefusedAndChangesNothing() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    int opened = article(id).version();
    editorial.save(editor, id, opened, form("Titre revu par l’éditeur", "<p>Texte.</p>"), SaveMode.SAVE);

    assertThatThrownBy(() -> editorial.save(journalist, id, opened, form("Titre de Nadia", "<p>Autre.</p>"), SaveMode.SAVE))
        .isInstanceOf(StaleArticleException.class);
    assertThat(article(id).title()).isEqualTo("Titre revu par l’éditeur");
    assertThat(editorial.revisions(id)).hasSize(2);
  }

  @Test
  void aContributorSubmitsButCannotPublishAndAnEditorPublishes() {
    long id = editorial.create(contributor, form("Reportage", "<p>Texte.</p>"));

    assertThatThrownBy(() -> editorial.move(contributor, id, article(id).version(), Transition.PUBLISH, null))
        .isInstanceOf(ForbiddenException.class);
    editorial.move(contributor, id, article(id).version(), Transition.SUBMIT, null);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);

    assertThat(article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(article(id).publishedAt()).isEqualTo(clock.instant());
    assertThat(wiring.changeLog().after(0, 100)).filteredOn(c -> c.articleId() == id).extracting(Change::kind)
        .containsExactly(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.PUBLISHED);
  }

  @Test
  void journalistsEditOnlyTheirOwnArticlesAndPublishOnlyWhenTheSiteAllows() {
    long nadias = editorial.create(journalist, form("De Nadia", "<p>Texte.</p>"));
    long karims = editorial.create(contributor, form("De Karim", "<p>Texte.</p>"));

    assertThatThrownBy(() -> editorial.save(journalist, karims, article(karims).version(), form("x", "<p>y</p>"),
        SaveMode.SAVE)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> editorial.move(journalist, nadias, article(nadias).version(), Transition.PUBLISH, null))
        .isInstanceOf(ForbiddenException.class);

    wiring.close();
    open(Map.of("KIOSQUE_JOURNALISTS_PUBLISH", "true"));
    editorial.move(journalist, nadias, article(nadias).version(), Transition.PUBLISH, null);
    assertThat(article(nadias).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThatThrownBy(() -> editorial.move(journalist, karims, article(karims).version(), Transition.PUBLISH, null))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void aLiveArticleEditedAsAPendingRevisionStaysOnlineUntilTheRevisionIsPublished() {
    long id = editorial.create(journalist, form("Version 1", "<p>Texte initial.</p>"));
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);
    Instant published = article(id).publishedAt();
    clock.advance(Duration.ofHours(2));

    editorial.save(journalist, id, article(id).version(), form("Version 2", "<p>Texte revu.</p>"), SaveMode.SAVE);
    assertThat(article(id).title()).isEqualTo("Version 1");
    assertThat(article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(editorial.state(id).pending()).isEqualTo(Pending.DRAFT);

    editorial.move(journalist, id, article(id).version(), Transition.SUBMIT_REVISION, null);
    assertThat(editorial.state(id).pending()).isEqualTo(Pending.IN_REVIEW);
    assertThat(article(id).title()).isEqualTo("Version 1");

    editorial.move(editor, id, article(id).version(), Transition.PUBLISH_REVISION, null);
    Article live = article(id);
    assertThat(live.title()).isEqualTo("Version 2");
    assertThat(live.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(live.publishedAt()).isEqualTo(published);
    assertThat(live.updatedAt()).isEqualTo(clock.instant());
    assertThat(editorial.state(id).pending()).isEqualTo(Pending.NONE);
  }

  @Test
  void aCorrectionChangesTheLiveArticleAtOnceAndUpdatesItsModifiedTime() {
    long id = editorial.create(journalist, form("Titre", "<p>Un chifre faux.</p>"));
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);
    clock.advance(Duration.ofMinutes(30));

    assertThatThrownBy(() -> editorial.save(journalist, id, article(id).version(), form("Titre", "<p>Corrigé.</p>"),
        SaveMode.CORRECT)).isInstanceOf(ForbiddenException.class);
    editorial.save(editor, id, article(id).version(), form("Titre", "<p>Un chiffre juste.</p>"), SaveMode.CORRECT);

    assertThat(article(id).bodyHtml()).isEqualTo("<p>Un chiffre juste.</p>");
    assertThat(article(id).updatedAt()).isEqualTo(clock.instant());
    assertThat(editorial.revisions(id).getFirst().kind()).isEqualTo("correction");
  }

  @Test
  void savesAndTheSchedulersMoveAreNotWorkflowButtonsAndAreRefusedAsABadRequest() {
    long id = editorial.create(journalist, form("Pas un bouton", "<p>Texte.</p>"));
    int version = article(id).version();

    for (Transition notAButton : List.of(Transition.EDIT, Transition.CORRECT, Transition.SAVE_REVISION,
        Transition.PUBLISH_DUE)) {
      assertThatThrownBy(() -> editorial.move(editor, id, version, notAButton, null)).as(notAButton.name())
          .isInstanceOf(BadRequestException.class).hasMessageStartingWith("Cette étape du circuit de publication");
    }
    assertThat(article(id).version()).isEqualTo(version);
  }

  @Test
  void schedulingNeedsAFutureTimeAndUnschedulingReturnsToDraft() {
    long id = editorial.create(journalist, form("Plus tard", "<p>Texte.</p>"));

    assertThatThrownBy(() -> editorial.move(editor, id, article(id).version(), Transition.SCHEDULE,
        clock.instant().minusSeconds(1))).isInstanceOf(WorkflowException.class).hasMessageContaining("future");
    editorial.move(editor, id, article(id).version(), Transition.SCHEDULE, clock.instant().plusSeconds(3600));
    assertThat(article(id).status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(article(id).publishedAt()).isEqualTo(clock.instant().plusSeconds(3600));
    assertThat(wiring.articleStore().nextScheduled()).contains(clock.instant().plusSeconds(3600));

    editorial.move(editor, id, article(id).version(), Transition.UNSCHEDULE, null);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(wiring.articleStore().nextScheduled()).isEmpty();
  }

  @Test
  void unpublishingWithdrawsTheArticleAndDropsItsPendingRevision() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);
    editorial.save(journalist, id, article(id).version(), form("Titre 2", "<p>Texte.</p>"), SaveMode.SAVE);

    editorial.unpublish(editor, id, article(id).version(), "Erreur de fait signalée par la source.");

    assertThat(article(id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(editorial.pendingRevision(id)).isEmpty();
  }

  @Test
  void unpublishingTakesAReasonThatTheAuditLogKeeps() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);
    int version = article(id).version();

    assertThatThrownBy(() -> editorial.move(editor, id, version, Transition.UNPUBLISH, null))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("raison");
    assertThatThrownBy(() -> editorial.unpublish(editor, id, version, "   "))
        .isInstanceOf(WorkflowException.class).hasMessageContaining("raison");
    assertThatThrownBy(() -> editorial.unpublish(journalist, id, version, "Je préfère"))
        .isInstanceOf(ForbiddenException.class);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.PUBLISHED);

    editorial.unpublish(editor, id, version, "Demande de retrait du tribunal");
    assertThat(article(id).status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(wiring.auditLog().latest(10, 0)).anySatisfy(entry -> {
      assertThat(entry.action()).isEqualTo("article.unpublish");
      assertThat(entry.target()).contains("Demande de retrait du tribunal");
    });
  }

  @Test
  void anEmptyBodyCannotBePublished() {
    long id = editorial.create(journalist, form("Sans texte", ""));

    assertThatThrownBy(() -> editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null))
        .isInstanceOf(InvalidContentException.class);
    assertThat(article(id).status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void autosavesReplaceEachOtherInTheDraftSlotAndOnlyAnExplicitSaveChangesTheArticle() {
    long id = editorial.create(journalist, form("Titre", "<p>A</p>"));
    int version = article(id).version();
    assertThat(editorial.autosave(journalist, id, version, form("Titre", "<p>AB</p>"))).isTrue();
    assertThat(editorial.autosave(journalist, id, version, form("Titre", "<p>ABC</p>"))).isTrue();

    assertThat(article(id).bodyHtml()).isEqualTo("<p>A</p>");
    assertThat(article(id).version()).isEqualTo(version);
    assertThat(editorial.revisions(id)).extracting(Revision::kind).containsExactly("created");
    ArticleForm stored = editorial.formOf(article(id));
    assertThat(editorial.draftSlot(journalist, id, stored)).get()
        .extracting(slot -> slot.form().body()).isEqualTo("<p>ABC</p>");

    editorial.save(journalist, id, version, form("Titre", "<p>ABCD</p>"), SaveMode.SAVE);
    assertThat(article(id).bodyHtml()).isEqualTo("<p>ABCD</p>");
    assertThat(editorial.revisions(id)).extracting(Revision::kind).containsExactly("saved", "created");
    assertThat(editorial.draftSlot(journalist, id, editorial.formOf(article(id)))).isEmpty();
  }

  @Test
  void anAutosaveOverANewerVersionIsKeptAsideAndAnAutosaveBySomeoneWhoMayNotSaveIsRefused() {
    long id = editorial.create(journalist, form("Titre", "<p>A</p>"));
    int old = article(id).version();
    editorial.save(journalist, id, old, form("Titre", "<p>B</p>"), SaveMode.SAVE);

    assertThat(editorial.autosave(journalist, id, old, form("Titre", "<p>A tapé</p>"))).isFalse();
    assertThat(article(id).bodyHtml()).isEqualTo("<p>B</p>");
    assertThat(editorial.draftSlot(journalist, id, editorial.formOf(article(id)))).get()
        .extracting(slot -> slot.baseVersion()).isEqualTo(old);
    assertThatThrownBy(() -> editorial.autosave(contributor, id, article(id).version(), form("Titre", "<p>X</p>")))
        .isInstanceOf(ForbiddenException.class);
  }

  @Test
  void anyRevisionCanBeRestored() {
    long id = editorial.create(journalist, form("Premier titre", "<p>Premier texte.</p>"));
    long first = editorial.revisions(id).getFirst().id();
    editorial.save(journalist, id, article(id).version(), form("Second titre", "<p>Second texte.</p>"), SaveMode.SAVE);

    editorial.restore(journalist, id, article(id).version(), first);

    assertThat(article(id).title()).isEqualTo("Premier titre");
    assertThat(editorial.revisions(id)).hasSize(3);
  }

  @Test
  void theEditorOffersOnlyTheMovesThisPersonMayMakeNow() {
    long id = editorial.create(contributor, form("Titre", "<p>Texte.</p>"));

    assertThat(editorial.possibleMoves(contributor, id)).containsExactlyInAnyOrder(Transition.EDIT, Transition.SUBMIT);
    assertThat(editorial.possibleMoves(editor, id)).containsExactlyInAnyOrder(Transition.EDIT, Transition.SUBMIT,
        Transition.SCHEDULE, Transition.PUBLISH);
    assertThat(editorial.possibleMoves(journalist, id)).isEmpty();
  }
}
