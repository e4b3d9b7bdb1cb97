package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Working together over real HTTP (issue 13): a journalist sends an article for review, the editor
 * is told, sends it back with a note, the journalist is told and reads the note; notes never reach
 * the reader site; the audit log speaks French.
 */
class CollaborationIT {

  private static final String NOTE = "Il manque la source du chiffre de 40 %.";

  @TempDir
  Path dir;
  TestApp app;
  NewsroomClient nadia;
  NewsroomClient leila;

  @BeforeEach
  void start() {
    app = TestApp.start(dir);
    create(Role.JOURNALIST, "nadia@example.ma", "Nadia");
    create(Role.EDITOR, "leila@example.ma", "Leïla");
    nadia = app.anonymous().login("nadia@example.ma");
    leila = app.anonymous().login("leila@example.ma");
  }

  @AfterEach
  void stop() {
    app.close();
  }

  private void create(Role role, String email, String name) {
    app.wiring().accountService().create(Actor.operator("test"), email, name, role,
        NewsroomClient.PASSWORD.toCharArray());
  }

  /** The masthead's unread count, "" when there is none. */
  private static String count(NewsroomClient client) {
    Element count = client.page("/redaction").selectFirst(".nr-head .nr-notifications .count");
    return count == null ? "" : count.text();
  }

  private static HttpResponse<String> move(NewsroomClient client, long id, String move, String note) {
    return client.submit("/redaction/articles/" + id + "/workflow",
        Map.of("move", move, "version", EditorIT.version(client, id), "note", note));
  }

  @Test
  void aSendBackWithANoteReachesTheJournalistThroughHerNotifications() {
    long id = EditorIT.create(nadia, "Le port de Tanger Med", "<p>Un record de conteneurs.</p>");
    assertThat(count(leila)).isEmpty();

    assertThat(move(nadia, id, "SUBMIT", "").statusCode()).isEqualTo(303);

    assertThat(count(leila)).isEqualTo("1");
    assertThat(count(nadia)).isEmpty();
    Document inbox = leila.page("/redaction/notifications");
    Element item = inbox.selectFirst(".notification.unread");
    assertThat(item.selectFirst(".sentence").text()).contains("Nadia a envoyé « Le port de Tanger Med » en relecture");
    assertThat(item.selectFirst(".sentence a").attr("href")).isEqualTo("/redaction/articles/" + id);

    // The editor's page offers the reason field beside the send-back button.
    Document editor = leila.page("/redaction/articles/" + id);
    assertThat(editor.select("#editor .workflow textarea[name=note]")).hasSize(1);
    assertThat(move(leila, id, "RETURN_TO_DRAFT", NOTE).statusCode()).isEqualTo(303);

    assertThat(count(nadia)).isEqualTo("1");
    Element told = nadia.page("/redaction/notifications").selectFirst(".notification.unread");
    assertThat(told.selectFirst(".sentence").text()).contains("Leïla vous a renvoyé « Le port de Tanger Med »");
    assertThat(told.selectFirst(".note-text").text()).isEqualTo(NOTE);
    Element note = nadia.page("/redaction/articles/" + id).selectFirst("#notes .note");
    assertThat(note.selectFirst("strong").text()).isEqualTo("Leïla");
    assertThat(note.selectFirst(".note-text").text()).isEqualTo(NOTE);
    assertThat(note.selectFirst("time").text()).isEqualTo("le 1er juin 2025 à 11h00");
    assertThat(note.text()).contains("motif du renvoi");

    // Her answer tells the editor, who had read nothing yet: two unread now.
    HttpResponse<String> answered = nadia.submit("/redaction/articles/" + id + "/notes",
        Map.of("note", "Source ajoutée : <b>ANP</b>."));
    assertThat(answered.statusCode()).isEqualTo(303);
    assertThat(answered.headers().firstValue("Location").orElseThrow()).endsWith("#notes");
    assertThat(count(leila)).isEqualTo("2");
    Document withAnswer = leila.page("/redaction/articles/" + id);
    assertThat(withAnswer.select("#notes .note .note-text").eachText()).containsExactly(NOTE, "Source ajoutée : <b>ANP</b>.");
    assertThat(withAnswer.select("#notes .note b")).isEmpty();

    assertThat(leila.submit("/redaction/notifications/toutes-lues", Map.of()).statusCode()).isEqualTo(303);
    assertThat(count(leila)).isEmpty();
    assertThat(leila.page("/redaction/notifications").select(".notification.unread")).isEmpty();
  }

  @Test
  void markingOneNotificationReadLeavesTheOthers() {
    long first = EditorIT.create(nadia, "Premier", "<p>Texte.</p>");
    long second = EditorIT.create(nadia, "Second", "<p>Texte.</p>");
    move(nadia, first, "SUBMIT", "");
    move(nadia, second, "SUBMIT", "");
    assertThat(count(leila)).isEqualTo("2");

    String action = leila.page("/redaction/notifications").selectFirst(".notification.unread form").attr("action");
    assertThat(leila.submit(action, Map.of()).statusCode()).isEqualTo(303);

    assertThat(count(leila)).isEqualTo("1");
    // Another person's notification cannot be marked from this account.
    assertThat(nadia.submit(leila.page("/redaction/notifications").selectFirst(".notification.unread form")
        .attr("action"), Map.of()).statusCode()).isEqualTo(303);
    assertThat(count(leila)).isEqualTo("1");
  }

  @Test
  void notesNeverReachTheReaderSite() {
    long id = EditorIT.create(nadia, "Note secrète", "<p>Le texte public.</p>");
    nadia.submit("/redaction/articles/" + id + "/notes", Map.of("note", "SECRET-DE-REDACTION"));
    assertThat(move(leila, id, "PUBLISH", "").statusCode()).isEqualTo(303);
    app.settle();

    String page = app.get(app.pathOf(id)).body();
    assertThat(page).contains("Le texte public.").doesNotContain("SECRET-DE-REDACTION");
    assertThat(app.get("/").body()).doesNotContain("SECRET-DE-REDACTION");
    assertThat(app.get("/rss.xml").body()).contains("Note secrète").doesNotContain("SECRET-DE-REDACTION");
    assertThat(app.get("/recherche?q=SECRET-DE-REDACTION").body()).doesNotContain("Note secrète");
    // The journalist was told her article is live.
    assertThat(nadia.page("/redaction/notifications").selectFirst(".notification .sentence").text())
        .contains("Leïla a publié « Note secrète »");
  }

  @Test
  void theAuditLogSpeaksFrenchAndFiltersByPersonAndAction() {
    create(Role.ADMINISTRATOR, "admin@example.ma", "Amina");
    NewsroomClient admin = app.anonymous().login("admin@example.ma");
    long id = EditorIT.create(nadia, "Le port de Tanger Med", "<p>Texte.</p>");
    move(nadia, id, "SUBMIT", "");
    move(leila, id, "RETURN_TO_DRAFT", "Trop long");

    Document log = admin.page("/redaction/journal");
    assertThat(log.select("table.audit td.sentence").eachText()).contains(
        "Nadia a soumis « Le port de Tanger Med » à relecture",
        "Leïla a renvoyé « Le port de Tanger Med » au rédacteur",
        "Nadia a créé « Le port de Tanger Med »",
        "Amina s’est connecté");
    assertThat(log.selectFirst("table.audit td.sentence a").attr("href")).isEqualTo("/redaction/articles/" + id);
    assertThat(log.selectFirst("table.audit time").text()).matches("le 1er juin 2025 à 11h00");

    long nadiaId = app.wiring().accountService().accounts(Actor.operator("test")).stream()
        .filter(a -> a.email().equals("nadia@example.ma")).findFirst().orElseThrow().id();
    Document hers = admin.page("/redaction/journal?qui=" + nadiaId + "&action=article.submit");
    assertThat(hers.select("table.audit td.sentence").eachText())
        .containsExactly("Nadia a soumis « Le port de Tanger Med » à relecture");
    assertThat(hers.selectFirst("#audit-action option[selected]").val()).isEqualTo("article.submit");
  }
}
