package kiosque.newsroom.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.InvalidContentException;
import kiosque.content.StaleArticleException;
import kiosque.content.Topic;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.workflow.Transition;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A workflow move made from the editor's form saves the form with it, in one transaction; the soft lock and draft slot. */
@BothDatabases
class SaveAndMoveTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  EditorialService editorial;
  Actor editor;
  Actor journalist;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    editorial = wiring.editorialService();
    editor = actor(Role.EDITOR, "chef@example.ma");
    journalist = actor(Role.JOURNALIST, "nadia@example.ma");
  }

  private Actor actor(Role role, String email) {
    return new Actor(wiring.accountService().create(Actor.operator("test"), email, null, role,
        "un mot de passe de test".toCharArray()), "127.0.0.1");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private static ArticleForm form(String title, String body, String... topics) {
    return new ArticleForm(title, "Le chapô.", body, "Maroc", List.of(topics), List.of("N.A"), "", "", "");
  }

  private Article article(long id) {
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void publishingWithAnEditedTitleAndTopicsKeepsTheEdits() {
    long id = editorial.create(journalist, form("Avant", "<p>Texte.</p>", "Défense"));

    editorial.saveAndMove(editor, id, article(id).version(), form("Après", "<p>Texte.</p>", "Défense", "Rabat"),
        Transition.PUBLISH, null);

    Article published = article(id);
    assertThat(published.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(published.title()).isEqualTo("Après");
    assertThat(published.topics()).extracting(Topic::name).containsExactlyInAnyOrder("Défense", "Rabat");
    assertThat(editorial.revisions(id).getFirst().form().title()).isEqualTo("Après");
  }

  @Test
  void anUnchangedFormMakesTheMoveAloneWithoutANewRevision() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>", "Défense"));
    int revisions = editorial.revisions(id).size();

    editorial.saveAndMove(journalist, id, article(id).version(), editorial.formOf(article(id)), Transition.SUBMIT, null);

    assertThat(article(id).status()).isEqualTo(ArticleStatus.IN_REVIEW);
    assertThat(editorial.revisions(id)).hasSize(revisions);
  }

  @Test
  void aRefusedMoveSavesNothing() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    int version = article(id).version();

    assertThatThrownBy(() -> editorial.saveAndMove(journalist, id, version, form("Autre titre", "<p>Texte.</p>"),
        Transition.PUBLISH, null)).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> editorial.saveAndMove(editor, id, version, form("Autre titre", ""),
        Transition.PUBLISH, null)).isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(() -> editorial.saveAndMove(editor, id, version - 1, form("Autre titre", "<p>Texte.</p>"),
        Transition.PUBLISH, null)).isInstanceOf(StaleArticleException.class);

    assertThat(article(id).title()).isEqualTo("Titre");
    assertThat(article(id).status()).isEqualTo(ArticleStatus.DRAFT);
    assertThat(article(id).version()).isEqualTo(version);
  }

  @Test
  void onALiveArticleSubmittingAChangeKeepsItBesideAndPublishingItPutsItOnline() {
    long id = editorial.create(journalist, form("En ligne", "<p>Version lue.</p>"));
    editorial.move(editor, id, article(id).version(), Transition.PUBLISH, null);
    editorial.save(journalist, id, article(id).version(), form("En ligne", "<p>Brouillon.</p>"),
        SaveMode.SAVE);

    editorial.saveAndMove(journalist, id, article(id).version(), form("En ligne", "<p>Modification relue.</p>"),
        Transition.SUBMIT_REVISION, null);
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Version lue.</p>");
    assertThat(editorial.pendingRevision(id).orElseThrow().form().body()).isEqualTo("<p>Modification relue.</p>");

    editorial.saveAndMove(editor, id, article(id).version(), form("En ligne", "<p>Modification relue et corrigée.</p>"),
        Transition.PUBLISH_REVISION, null);
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Modification relue et corrigée.</p>");
    assertThat(editorial.pendingRevision(id)).isEmpty();
  }

  @Test
  void othersSeeWhoEditsUntilTheHeartbeatStops() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    editorial.markEditing(journalist, id);
    clock.advance(Duration.ofMinutes(1));
    editorial.markEditing(journalist, id);

    assertThat(editorial.othersEditing(editor, id)).singleElement()
        .satisfies(e -> assertThat(e.since()).isEqualTo(java.time.Instant.parse("2025-06-01T10:00:00Z")));
    assertThat(editorial.othersEditing(journalist, id)).isEmpty();

    clock.advance(EditingPresence.EXPIRES.plusSeconds(1));
    assertThat(editorial.othersEditing(editor, id)).isEmpty();
    editorial.markEditing(journalist, id);
    assertThat(editorial.othersEditing(editor, id)).singleElement()
        .satisfies(e -> assertThat(e.since()).isEqualTo(clock.instant()));
  }

  @Test
  void anAutosaveWaitsInThePersonsSlotUntilTheirNextSave() {
    long id = editorial.create(journalist, form("Titre", "<p>Texte.</p>"));
    ArticleForm stored = editorial.formOf(article(id));
    editorial.autosave(journalist, id, article(id).version(), form("Titre", "<p>Texte gardé.</p>"));
    editorial.autosave(journalist, id, article(id).version(), form("Titre", "<p>Texte gardé, plus long.</p>"));

    assertThat(editorial.draftSlot(journalist, id, stored)).get()
        .satisfies(slot -> assertThat(slot.form().body()).isEqualTo("<p>Texte gardé, plus long.</p>"));
    assertThat(editorial.draftSlot(editor, id, stored)).isEmpty();

    editorial.save(journalist, id, article(id).version(), form("Titre", "<p>Autre.</p>"), SaveMode.SAVE);
    assertThat(editorial.draftSlot(journalist, id, editorial.formOf(article(id)))).isEmpty();
  }
}
