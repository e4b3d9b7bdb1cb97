package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor without JavaScript, over real HTTP: forms, workflow buttons, preview, revisions. */
class EditorIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient nadia;
  static NewsroomClient editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    nadia = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    editor = app.loggedIn(Role.EDITOR, "editor@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static Map<String, String> fields(String title, String body) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("title", title);
    fields.put("summary", "Le chapô.");
    fields.put("body", body);
    fields.put("section", "Économie");
    fields.put("topics", "Phosphates, Export");
    fields.put("bylines", "N.A");
    fields.put("sourceName", "");
    fields.put("sourceUrl", "");
    fields.put("slug", "");
    return fields;
  }

  static long create(NewsroomClient client, String title, String body) {
    return create(client, fields(title, body));
  }

  static long create(NewsroomClient client, Map<String, String> fields) {
    HttpResponse<String> created = client.submit("/redaction/articles", fields);
    assertThat(created.statusCode()).isEqualTo(303);
    String location = created.headers().firstValue("Location").orElseThrow();
    return Long.parseLong(location.replaceAll("^/redaction/articles/(\\d+).*$", "$1"));
  }

  static String version(NewsroomClient client, long id) {
    return client.page("/redaction/articles/" + id).selectFirst("#editor input[name=version]").val();
  }

  static HttpResponse<String> move(NewsroomClient client, long id, String move) {
    return client.submit("/redaction/articles/" + id + "/workflow", Map.of("move", move, "version", version(client, id)));
  }

  @Test
  void aJournalistWritesADraftWithoutJavaScriptAndFindsItInTheEditorAndOnTheDashboard() {
    long id = create(nadia, "Les phosphates à l’export", "<p>Un <strong>record</strong> historique.</p>");

    Document page = nadia.page("/redaction/articles/" + id);
    assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Les phosphates à l’export");
    assertThat(page.selectFirst("textarea[name=body]").text()).isEqualTo("<p>Un <strong>record</strong> historique.</p>");
    assertThat(page.selectFirst("input[name=topics]").val()).isEqualTo("Phosphates, Export");
    assertThat(page.select(".workflow button[name=move]").eachAttr("value")).containsExactly("SUBMIT");
    assertThat(nadia.page("/redaction").select("#drafts li a").eachText()).contains("Les phosphates à l’export");
  }

  @Test
  void aStaleSaveIsRefusedWithAClearMessageAndTheTextIsKeptOnTheForm() {
    long id = create(nadia, "Conflit", "<p>Version de départ.</p>");
    String opened = version(nadia, id);
    Map<String, String> first = fields("Conflit", "<p>Version de l’éditeur.</p>");
    first.put("version", opened);
    assertThat(editor.submit("/redaction/articles/" + id, first).statusCode()).isEqualTo(303);

    Map<String, String> second = fields("Conflit", "<p>Ma version à moi.</p>");
    second.put("version", opened);
    HttpResponse<String> refused = nadia.submit("/redaction/articles/" + id, second);

    assertThat(refused.statusCode()).isEqualTo(409);
    Document form = Jsoup.parse(refused.body());
    assertThat(form.selectFirst(".error").text()).contains("Quelqu’un a enregistré cet article");
    assertThat(form.selectFirst("textarea[name=body]").text()).isEqualTo("<p>Ma version à moi.</p>");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>Version de l’éditeur.</p>");
  }

  @Test
  void submittedPublishedAndThenFoundByReadersWhileTheSlugChangeRedirects() {
    long id = create(nadia, "Titre initial", "<p>Texte.</p>");
    assertThat(move(nadia, id, "SUBMIT").statusCode()).isEqualTo(303);
    assertThat(editor.page("/redaction").select("#review li a").eachText()).contains("Titre initial");
    assertThat(move(nadia, id, "PUBLISH").statusCode()).isEqualTo(403);
    assertThat(move(editor, id, "PUBLISH").statusCode()).isEqualTo(303);
    String oldPath = app.pathOf(id);
    assertThat(app.get(oldPath).statusCode()).isEqualTo(200);

    Map<String, String> corrected = fields("Titre initial", "<p>Texte.</p>");
    corrected.put("slug", "nouvelle-adresse");
    corrected.put("mode", "correct");
    corrected.put("version", version(editor, id));
    assertThat(editor.submit("/redaction/articles/" + id, corrected).statusCode()).isEqualTo(303);

    HttpResponse<String> old = app.get(oldPath);
    assertThat(old.statusCode()).isEqualTo(301);
    assertThat(old.headers().firstValue("Location").orElseThrow()).endsWith("/nouvelle-adresse-" + id);
  }

  @Test
  void aCraftedWorkflowStepIsRefusedWithTheSitesErrorPageAndChangesNothing() {
    long id = create(editor, "Étape inventée", "<p>Texte.</p>");
    String before = version(editor, id);

    for (String crafted : new String[] {"EDIT", "CORRECT", "SAVE_REVISION", "PUBLISH_DUE", "n'importe quoi", "publish", ""}) {
      HttpResponse<String> refused = move(editor, id, crafted);

      assertThat(refused.statusCode()).as(crafted).isEqualTo(400);
      Document page = Jsoup.parse(refused.body());
      assertThat(page.selectFirst("section.error h1").text()).isEqualTo("Demande incorrecte");
      assertThat(page.selectFirst("section.error p").text()).startsWith("Cette étape du circuit de publication n’existe pas");
    }
    assertThat(version(editor, id)).isEqualTo(before);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.DRAFT);
  }

  @Test
  void aLiveArticleEditedByItsJournalistStaysUnchangedOnlineUntilTheEditorPublishesTheChange() {
    long id = create(nadia, "En ligne", "<p>Première version.</p>");
    move(editor, id, "PUBLISH");
    Map<String, String> change = fields("En ligne", "<p>Deuxième version.</p>");
    change.put("version", version(nadia, id));

    HttpResponse<String> saved = nadia.submit("/redaction/articles/" + id, change);
    assertThat(saved.headers().firstValue("Location")).hasValue("/redaction/articles/" + id + "?note=revision-pending");
    assertThat(app.page(app.pathOf(id)).selectFirst(".body").text()).isEqualTo("Première version.");
    assertThat(nadia.page("/redaction/articles/" + id + "/apercu").selectFirst(".body").text()).isEqualTo("Deuxième version.");

    move(nadia, id, "SUBMIT_REVISION");
    move(editor, id, "PUBLISH_REVISION");
    Document live = app.page(app.pathOf(id));
    assertThat(live.selectFirst(".body").text()).isEqualTo("Deuxième version.");
  }

  @Test
  void thePreviewIsTheReaderPageBuiltByTheSiteEvenForADraft() {
    long id = create(nadia, "Aperçu d’un brouillon", "<p>Pas encore publié.</p>");

    Document preview = nadia.page("/redaction/articles/" + id + "/apercu");
    assertThat(preview.selectFirst("main article h1").text()).isEqualTo("Aperçu d’un brouillon");
    assertThat(preview.selectFirst(".dateline").text()).startsWith("1er juin 2025 - 11h00 - Économie - Ecrit par : N.A");
    assertThat(preview.selectFirst(".topics").text()).isEqualTo("Sujets associés : Phosphates - Export");
    assertThat(app.get(app.pathOf(id)).statusCode()).isEqualTo(404);
  }

  @Test
  void revisionsShowWhoWhenAndAReadableDiffAndCanBeRestored() {
    long id = create(nadia, "Versions", "<p>Le chiffre est de 10 %.</p>");
    Map<String, String> change = fields("Versions", "<p>Le chiffre est de 12 %.</p>");
    change.put("version", version(nadia, id));
    nadia.submit("/redaction/articles/" + id, change);

    Document revisions = nadia.page("/redaction/articles/" + id + "/revisions");
    assertThat(revisions.select("ol.revisions li")).hasSize(2);
    assertThat(revisions.select(".diff del").eachText()).contains("10");
    assertThat(revisions.select(".diff ins").eachText()).contains("12");
    assertThat(revisions.selectFirst(".diff h2").text()).contains("nadia");

    String first = revisions.select("ol.revisions li a").last().attr("href");
    HttpResponse<String> restored = nadia.submit(first + "/restaurer", Map.of("version", version(nadia, id)));
    assertThat(restored.statusCode()).isEqualTo(303);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>Le chiffre est de 10 %.</p>");
  }

  @Test
  void schedulingShowsTheTimeInTheSitesZoneOnTheDashboard() {
    long id = create(nadia, "Programmé", "<p>Texte.</p>");
    HttpResponse<String> scheduled = editor.submit("/redaction/articles/" + id + "/workflow",
        Map.of("move", "SCHEDULE", "version", version(editor, id), "quand", "2025-06-02T08:30"));

    assertThat(scheduled.statusCode()).isEqualTo(303);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().publishedAt())
        .isEqualTo(Instant.parse("2025-06-02T07:30:00Z"));
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.SCHEDULED);
    assertThat(editor.page("/redaction").select("#scheduled li").text()).contains("Programmé", "2 juin 2025 08h30");
  }

  @Test
  void autosaveTakesTheTokenFromAHeaderAndKeepsTheTextInTheDraftSlotOnly() {
    long id = create(nadia, "Autosave", "<p>A</p>");
    var before = version(nadia, id);
    StringBuilder body = new StringBuilder("version=" + before);
    fields("Autosave", "<p>AB</p>").forEach((k, v) -> body.append('&').append(k).append('=')
        .append(java.net.URLEncoder.encode(v, java.nio.charset.StandardCharsets.UTF_8)));

    HttpResponse<String> response = nadia.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
            + "/redaction/articles/" + id + "/autosave"))
        .header("Content-Type", "application/x-www-form-urlencoded").header("X-CSRF-Token", nadia.csrf())
        .POST(HttpRequest.BodyPublishers.ofString(body.toString())));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"version\"");
    // The article itself is untouched until an explicit save; reopening it offers the slot back.
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>A</p>");
    assertThat(version(nadia, id)).isEqualTo(before);
    org.jsoup.nodes.Document reopened = nadia.page("/redaction/articles/" + id);
    assertThat(reopened.selectFirst("textarea[name=body]").text()).isEqualTo("<p>AB</p>");
    assertThat(reopened.text()).contains("brouillon enregistré automatiquement");
  }

  @Test
  void theTopicTypeAheadFindsExistingTopicsWhateverTheAccents() {
    create(nadia, "Sujets", "<p>Texte.</p>");

    HttpResponse<String> json = nadia.get("/redaction/sujets.json?q=phos");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.body()).isEqualTo("[\"Phosphates\"]");
  }

  @Test
  void scriptsInTheBodyNeverReachTheDatabase() {
    long id = create(nadia, "Sûr", "<p onclick=\"x()\">Texte<script>alert(1)</script></p>");

    assertThat(app.wiring().articleStore().findById(id).orElseThrow().bodyHtml()).isEqualTo("<p>Texte</p>");
  }
}
