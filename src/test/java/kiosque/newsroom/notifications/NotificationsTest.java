package kiosque.newsroom.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.StaleArticleException;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.notes.Note;
import kiosque.newsroom.notes.Notes;
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

/** Notes and notifications as stored, on H2 and PostgreSQL: who is told, in which transaction. */
@BothDatabases
class NotificationsTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  Notifications notifications;
  Notes notes;
  Actor editor;
  Actor admin;
  Actor journalist;
  Actor otherJournalist;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    notifications = wiring.notifications();
    notes = wiring.notes();
    editor = actor(Role.EDITOR, "leila@example.ma", "Leïla");
    admin = actor(Role.ADMINISTRATOR, "admin@example.ma", "Admin");
    journalist = actor(Role.JOURNALIST, "nadia@example.ma", "Nadia");
    otherJournalist = actor(Role.JOURNALIST, "karim@example.ma", "Karim");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  private Actor actor(Role role, String email, String name) {
    return new Actor(wiring.accountService().create(Actor.operator("test"), email, name, role,
        "un mot de passe de test".toCharArray()), "127.0.0.1");
  }

  private long draft(Actor by, String title) {
    return wiring.editorialService().create(by, new ArticleForm(title, "Chapô.", "<p>Texte.</p>", "Maroc", List.of(),
        List.of("N.A"), "", "", ""));
  }

  private int version(long id) {
    return wiring.articleStore().findById(id).orElseThrow().version();
  }

  private List<Notification> of(Actor actor) {
    return notifications.latest(actor.account().id());
  }

  @Test
  void sendingForReviewTellsEveryReviewerButNotTheWriterNorOtherJournalists() {
    long id = draft(journalist, "Le port de Tanger");

    wiring.editorialService().move(journalist, id, version(id), Transition.SUBMIT, null);

    assertThat(of(editor)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.SUBMITTED);
      assertThat(n.articleId()).isEqualTo(id);
      assertThat(n.articleTitle()).isEqualTo("Le port de Tanger");
      assertThat(n.actorName()).isEqualTo("Nadia");
      assertThat(n.read()).isFalse();
    });
    assertThat(of(admin)).hasSize(1);
    assertThat(of(journalist)).isEmpty();
    assertThat(of(otherJournalist)).isEmpty();
    assertThat(notifications.unread(editor.account().id())).isEqualTo(1);
  }

  @Test
  void aSendBackKeepsItsReasonAsANoteAndTellsTheWriterWithIt() {
    long id = draft(journalist, "Le port de Tanger");
    wiring.editorialService().move(journalist, id, version(id), Transition.SUBMIT, null);

    wiring.editorialService().move(editor, id, version(id), Transition.RETURN_TO_DRAFT, null,
        "  Il manque la source\r\ndu chiffre.\u0007  ");

    assertThat(notes.of(id)).singleElement().satisfies(note -> {
      assertThat(note.body()).isEqualTo("Il manque la source\ndu chiffre.");
      assertThat(note.sendBack()).isTrue();
      assertThat(note.authorName()).isEqualTo("Leïla");
    });
    assertThat(of(journalist)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.RETURNED);
      assertThat(n.detail()).isEqualTo("Il manque la source\ndu chiffre.");
    });
  }

  @Test
  void aRefusedMoveTellsNobodyAndKeepsNoNote() {
    long id = draft(journalist, "Le port de Tanger");
    wiring.editorialService().move(journalist, id, version(id), Transition.SUBMIT, null);
    int stale = version(id) - 1;

    assertThatThrownBy(() -> wiring.editorialService().move(editor, id, stale, Transition.RETURN_TO_DRAFT, null,
        "Motif perdu avec le renvoi")).isInstanceOf(StaleArticleException.class);

    assertThat(notes.of(id)).isEmpty();
    assertThat(of(journalist)).isEmpty();
  }

  @Test
  void publishingTellsTheWriterNotThePublisher() {
    long id = draft(journalist, "Le port de Tanger");

    wiring.editorialService().move(editor, id, version(id), Transition.PUBLISH, null);

    assertThat(of(journalist)).extracting(Notification::kind).containsExactly(NotificationKind.PUBLISHED);
    assertThat(of(editor)).isEmpty();
  }

  @Test
  void aScheduledPublicationTellsTheWriterWhenTheSchedulerPublishesIt() {
    long id = draft(journalist, "Le port de Tanger");
    wiring.editorialService().move(editor, id, version(id), Transition.SCHEDULE, clock.instant().plus(Duration.ofHours(1)));
    assertThat(of(journalist)).isEmpty();

    clock.advance(Duration.ofHours(2));
    assertThat(wiring.scheduler().publishDue()).isEqualTo(1);

    assertThat(of(journalist)).extracting(Notification::kind).containsExactly(NotificationKind.SCHEDULED_PUBLISHED);
  }

  @Test
  void whenTheSchedulerCannotPublishTheWriterIsToldWhyAndTheOthersStillGoOut() {
    long blocked = draft(journalist, "Bloqué");
    long other = draft(journalist, "Libre");
    wiring.editorialService().move(editor, blocked, version(blocked), Transition.SCHEDULE,
        clock.instant().plus(Duration.ofHours(1)));
    wiring.editorialService().move(editor, other, version(other), Transition.SCHEDULE,
        clock.instant().plus(Duration.ofHours(1)));
    // The database refuses to publish this one article, as a broken row or a full disk would.
    wiring.database().jdbi().useHandle(h -> h.execute("alter table article add constraint test_refuses_"
        + blocked + " check (id <> " + blocked + " or status <> 'published')"));
    clock.advance(Duration.ofHours(2));

    assertThatThrownBy(() -> wiring.scheduler().publishDue()).isInstanceOf(RuntimeException.class);

    assertThat(of(journalist)).extracting(Notification::kind, Notification::articleId).containsExactlyInAnyOrder(
        org.assertj.core.groups.Tuple.tuple(NotificationKind.SCHEDULED_FAILED, blocked),
        org.assertj.core.groups.Tuple.tuple(NotificationKind.SCHEDULED_PUBLISHED, other));
    assertThat(of(journalist)).filteredOn(n -> n.kind() == NotificationKind.SCHEDULED_FAILED)
        .singleElement().satisfies(n -> assertThat(n.detail()).isNotBlank());
  }

  @Test
  void aFailedScheduledPublicationIsToldOnceWhileUnread() {
    long id = draft(journalist, "Le port de Tanger");

    notifications.scheduledFailed(id, "base de données injoignable");
    notifications.scheduledFailed(id, "base de données injoignable");

    assertThat(of(journalist)).singleElement().satisfies(n -> {
      assertThat(n.kind()).isEqualTo(NotificationKind.SCHEDULED_FAILED);
      assertThat(n.detail()).isEqualTo("base de données injoignable");
    });
  }

  @Test
  void aNoteTellsTheWriterAndEarlierNoteWritersButNotItsOwnWriter() {
    long id = draft(journalist, "Le port de Tanger");

    notes.add(editor.account(), id, "Peux-tu ajouter une photo ?");
    assertThat(of(journalist)).extracting(Notification::kind).containsExactly(NotificationKind.NOTE);
    assertThat(of(editor)).isEmpty();

    notes.add(journalist.account(), id, "Oui, <b>ce soir</b>.");
    assertThat(of(editor)).singleElement().satisfies(n -> assertThat(n.detail()).isEqualTo("Oui, <b>ce soir</b>."));
    assertThat(of(journalist)).hasSize(1);
    assertThat(notes.of(id)).extracting(Note::body).containsExactly("Peux-tu ajouter une photo ?", "Oui, <b>ce soir</b>.");
  }

  @Test
  void onlyTheArticlesAuthorsAndEditorsWriteNotesAndABlankNoteIsRefused() {
    long id = draft(journalist, "Le port de Tanger");

    assertThatThrownBy(() -> notes.add(otherJournalist.account(), id, "Pas mon article"))
        .isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> notes.add(journalist.account(), id, " \n\u200B\t "))
        .isInstanceOf(Notes.EmptyNoteException.class);
    assertThat(notes.of(id)).isEmpty();
  }

  @Test
  void readingMarksOnlyOnesOwnNotifications() {
    long id = draft(journalist, "Le port de Tanger");
    wiring.editorialService().move(journalist, id, version(id), Transition.SUBMIT, null);
    long editorsOwn = of(editor).getFirst().id();

    notifications.markRead(admin.account().id(), editorsOwn);
    assertThat(notifications.unread(editor.account().id())).isEqualTo(1);

    notifications.markRead(editor.account().id(), editorsOwn);
    assertThat(notifications.unread(editor.account().id())).isZero();
    assertThat(of(editor).getFirst().read()).isTrue();

    assertThat(notifications.markAllRead(admin.account().id())).isEqualTo(1);
    assertThat(notifications.unread(admin.account().id())).isZero();
  }
}
