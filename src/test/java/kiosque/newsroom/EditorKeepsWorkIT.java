package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.Topic;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor never loses work, over real HTTP: workflow buttons save the form with the move, a
 * stale save shows both versions without overwriting, the soft lock, a refusal keeps the text, a
 * huge paste, hostile markup, and login throttling per account and address.
 */
class EditorKeepsWorkIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient nadia;
  static NewsroomClient karim;
  static NewsroomClient editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    nadia = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    karim = app.loggedIn(Role.JOURNALIST, "karim@example.ma");
    editor = app.loggedIn(Role.EDITOR, "chef@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static Article article(long id) {
    return app.wiring().articleStore().findById(id).orElseThrow();
  }

  private static Map<String, String> formOf(NewsroomClient client, long id) {
    Document page = client.page("/redaction/articles/" + id);
    Map<String, String> fields = new LinkedHashMap<>(EditorIT.fields(page.selectFirst("input[name=title]").val(),
        page.selectFirst("textarea[name=body]").text()));
    fields.put("topics", page.selectFirst("input[name=topics]").val());
    fields.put("version", page.selectFirst("#editor input[name=version]").val());
    return fields;
  }

  @Test
  void publishingFromTheFormKeepsTheUnsavedTitleAndTopicsInOneStep() {
    long id = EditorIT.create(nadia, "Titre du matin", "<p>Le texte.</p>");
    Map<String, String> typed = formOf(editor, id);
    typed.put("title", "Titre corrigé juste avant publication");
    typed.put("topics", "Phosphates, Export, Khouribga");
    typed.put("move", "PUBLISH");

    HttpResponse<String> published = editor.submit("/redaction/articles/" + id + "/workflow", typed);

    assertThat(published.statusCode()).isEqualTo(303);
    Article after = article(id);
    assertThat(after.status()).isEqualTo(ArticleStatus.PUBLISHED);
    assertThat(after.title()).isEqualTo("Titre corrigé juste avant publication");
    assertThat(after.topics()).extracting(Topic::name).contains("Khouribga");
    // The workflow buttons are the editor form's own: one form, one post.
    Document page = editor.page("/redaction/articles/" + id);
    assertThat(page.select("#editor .workflow button[name=move]")).isNotEmpty();
    assertThat(page.select("form.workflow")).isEmpty();
  }

  @Test
  void aRefusedMoveKeepsWhatWasTyped() {
    long id = EditorIT.create(nadia, "Programmé trop tôt", "<p>Le texte.</p>");
    Map<String, String> typed = formOf(editor, id);
    typed.put("title", "Mon nouveau titre");
    typed.put("move", "SCHEDULE");
    typed.put("quand", "2020-01-01T08:00");

    HttpResponse<String> refused = editor.submit("/redaction/articles/" + id + "/workflow", typed);

    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text()).contains("doit être dans le futur");
    assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Mon nouveau titre");
    assertThat(article(id).title()).isEqualTo("Programmé trop tôt");
  }

  @Test
  void aStaleSaveShowsBothVersionsSideBySideAndTheNewerIsNotOverwritten() {
    long id = EditorIT.create(nadia, "Deux plumes", "<p>Version de départ.</p>");
    Map<String, String> nadiaForm = formOf(nadia, id);
    Map<String, String> chefForm = formOf(editor, id);
    chefForm.put("body", "<p>Version du chef, enregistrée d’abord.</p>");
    assertThat(editor.submit("/redaction/articles/" + id, chefForm).statusCode()).isEqualTo(303);

    nadiaForm.put("body", "<p>Version de Nadia, partie de l’ancienne.</p>");
    HttpResponse<String> conflict = nadia.submit("/redaction/articles/" + id, nadiaForm);

    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Version du chef, enregistrée d’abord.</p>");
    Document page = Jsoup.parse(conflict.body());
    assertThat(page.selectFirst(".conflict-saved").text()).contains("Version du chef").contains("chef");
    assertThat(page.selectFirst(".conflict-yours").text()).contains("Version de Nadia");
    assertThat(page.select(".conflict .diff del, .conflict .diff ins")).isNotEmpty();
    assertThat(page.selectFirst("textarea[name=body]").text()).isEqualTo("<p>Version de Nadia, partie de l’ancienne.</p>");
    String newest = page.selectFirst("#editor input[name=version]").val();
    assertThat(newest).isEqualTo(String.valueOf(article(id).version()));

    // Saving again from that page puts hers on top as a new revision; the chef's stays in the history.
    nadiaForm.put("version", newest);
    nadiaForm.put("body", "<p>Version de Nadia, fusionnée avec celle du chef.</p>");
    assertThat(nadia.submit("/redaction/articles/" + id, nadiaForm).statusCode()).isEqualTo(303);
    assertThat(article(id).bodyHtml()).contains("fusionnée");
    assertThat(app.wiring().editorialService().revisions(id)).extracting(r -> r.form().body())
        .contains("<p>Version du chef, enregistrée d’abord.</p>");
  }

  @Test
  void aSecondEditorSeesWhoHasTheArticleOpen() {
    long id = EditorIT.create(nadia, "Verrou doux", "<p>Le texte.</p>");
    nadia.page("/redaction/articles/" + id);

    Document seen = editor.page("/redaction/articles/" + id);

    assertThat(seen.selectFirst("#presence").text()).matches("nadia modifie cet article depuis \\d\\dh\\d\\d\\.");
    assertThat(nadia.page("/redaction/articles/" + id).selectFirst("#presence").text())
        .startsWith("chef modifie cet article depuis");
  }

  @Test
  void theHeartbeatTellsWhoElseIsEditingAndLeavingReleasesTheArticle() {
    long id = EditorIT.create(nadia, "Battement", "<p>Le texte.</p>");
    nadia.page("/redaction/articles/" + id);
    String presence = "/redaction/articles/" + id + "/presence";

    HttpResponse<String> beat = editor.submit(presence, Map.of());
    assertThat(beat.statusCode()).isEqualTo(200);
    assertThat(beat.body()).contains("nadia modifie cet article depuis");

    assertThat(nadia.submit(presence, Map.of("state", "leave")).statusCode()).isEqualTo(204);
    assertThat(editor.submit(presence, Map.of()).body()).isEqualTo("{\"others\":\"\"}");
  }

  @Test
  void anAutosaveOverANewerVersionIsKeptAsideAndOfferedBackBesideIt() {
    long id = EditorIT.create(nadia, "Autosave en conflit", "<p>Départ.</p>");
    Map<String, String> nadiaForm = formOf(nadia, id);
    Map<String, String> chefForm = formOf(editor, id);
    chefForm.put("body", "<p>Le chef a enregistré.</p>");
    assertThat(editor.submit("/redaction/articles/" + id, chefForm).statusCode()).isEqualTo(303);

    nadiaForm.put("body", "<p>Nadia tapait pendant ce temps.</p>");
    HttpResponse<String> autosave = multipart(nadia, "/redaction/articles/" + id + "/autosave", nadiaForm);
    assertThat(autosave.statusCode()).isEqualTo(409);
    assertThat(autosave.body()).contains("gardé à part");
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Le chef a enregistré.</p>");

    Document reopened = nadia.page("/redaction/articles/" + id);
    assertThat(reopened.selectFirst(".conflict-yours").text()).contains("Nadia tapait pendant ce temps.");
    assertThat(reopened.selectFirst(".conflict-saved").text()).contains("Le chef a enregistré.");
    assertThat(reopened.selectFirst("textarea[name=body]").text()).isEqualTo("<p>Nadia tapait pendant ce temps.</p>");
    assertThat(editor.page("/redaction/articles/" + id).select(".conflict")).isEmpty();

    // Her next save (on top of the newer version) drops what was kept aside.
    nadiaForm.put("version", reopened.selectFirst("#editor input[name=version]").val());
    assertThat(nadia.submit("/redaction/articles/" + id, nadiaForm).statusCode()).isEqualTo(303);
    assertThat(nadia.page("/redaction/articles/" + id).select(".conflict")).isEmpty();
  }

  @Test
  void aColleaguesArticleIsShownReadOnlyAndARefusedSaveKeepsTheText() {
    long id = EditorIT.create(nadia, "L’article de Nadia", "<p>Son texte.</p>");

    Document page = karim.page("/redaction/articles/" + id);
    assertThat(page.selectFirst(".read-only").text()).contains("pas le modifier");
    assertThat(page.select("fieldset.editor-form[disabled]")).hasSize(1);
    assertThat(page.select("button[name=mode]")).isEmpty();

    Map<String, String> typed = formOf(karim, id);
    typed.put("body", "<p>Karim tente quand même.</p>");
    HttpResponse<String> refused = karim.submit("/redaction/articles/" + id, typed);
    assertThat(refused.statusCode()).isEqualTo(403);
    Document back = Jsoup.parse(refused.body());
    assertThat(back.selectFirst(".error").text()).contains("Votre texte est conservé");
    assertThat(back.selectFirst("textarea[name=body]").text()).isEqualTo("<p>Karim tente quand même.</p>");
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Son texte.</p>");
  }

  @Test
  void aFiveMegabytePasteIsRefusedWithAFrenchMessageAndComesBackWhole() {
    long id = EditorIT.create(nadia, "Collage géant", "<p>Court.</p>");
    Map<String, String> typed = formOf(nadia, id);
    String huge = "<p>" + "Un paragraphe collé depuis un traitement de texte. ".repeat(100_000) + "</p>";
    assertThat(huge.length()).isGreaterThan(5_000_000);
    typed.put("body", huge);

    // The editor's form is multipart (like an upload), so 5 MB reach it rather than the 1 MB
    // limit of url-encoded forms.
    assertThat(nadia.page("/redaction/articles/" + id).selectFirst("#editor").attr("enctype"))
        .isEqualTo("multipart/form-data");
    HttpResponse<String> refused = multipart(nadia, "/redaction/articles/" + id, typed);

    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text()).contains("trop long").contains("conservé");
    assertThat(page.selectFirst("textarea[name=body]").text()).hasSize(huge.length());
    assertThat(page.selectFirst("input[name=title]").val()).isEqualTo("Collage géant");
    assertThat(article(id).bodyHtml()).isEqualTo("<p>Court.</p>");
  }

  @Test
  void hostileMarkupIsStrippedAndNeverComesBackAsMarkup() {
    long id = EditorIT.create(nadia, "Piège", "<p>Sain.</p>");
    Map<String, String> typed = formOf(nadia, id);
    typed.put("title", "<script>alert('titre')</script>");
    typed.put("body", "<p>Texte<img src=x onerror=alert(1)></p><script>alert(2)</script><iframe src=javascript:alert(3)></iframe>");

    var saved = nadia.submit("/redaction/articles/" + id, typed);
    assertThat(saved.statusCode()).isEqualTo(303);

    assertThat(article(id).bodyHtml()).doesNotContain("onerror", "<script", "iframe", "javascript:").contains("Texte");
    // Not silently: the page after the save says what was taken out.
    String location = saved.headers().firstValue("Location").orElseThrow();
    assertThat(Jsoup.parse(nadia.get(location).body()).text())
        .contains("sans le code qui aurait pu s’exécuter sur le site");
    String editorHtml = nadia.get("/redaction/articles/" + id).body();
    assertThat(editorHtml).doesNotContain("<script>alert", "onerror=alert");
    assertThat(Jsoup.parse(editorHtml).selectFirst("input[name=title]").val()).isEqualTo("<script>alert('titre')</script>");
  }

  @Test
  void aStrangersWrongPasswordsFromOneAddressDoNotKeepTheEditorOutFromAnother() throws IOException {
    app.account(Role.EDITOR, "redactrice@example.ma");
    NewsroomClient stranger = app.anonymous();
    stranger.tryLogin("personne@example.ma", "x", "/redaction");
    String token = Jsoup.parse(stranger.get("/redaction/connexion").body()).selectFirst("input[name=_csrf]").val();
    String cookies = String.join("; ", stranger.cookies().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());

    for (int i = 0; i < 12; i++) {
      assertThat(loginFrom("127.0.0.2", cookies, token, "redactrice@example.ma", "devine " + i)).isIn(401, 429);
    }
    // The guessing address stays refused, even with the right password, during its wait.
    assertThat(loginFrom("127.0.0.2", cookies, token, "redactrice@example.ma", NewsroomClient.PASSWORD)).isNotEqualTo(303);

    // The editor, from her own address, is let in at once.
    assertThat(app.anonymous().tryLogin("redactrice@example.ma", NewsroomClient.PASSWORD, "/redaction").statusCode())
        .isEqualTo(303);
  }

  /** Posts the fields as the browser posts the editor's form: multipart, UTF-8, with the session's token. */
  private static HttpResponse<String> multipart(NewsroomClient client, String path, Map<String, String> fields) {
    String boundary = "frontiere-kiosque";
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.putIfAbsent("_csrf", client.csrf());
    StringBuilder body = new StringBuilder();
    all.forEach((name, value) -> body.append("--").append(boundary).append("\r\n")
        .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
    body.append("--").append(boundary).append("--\r\n");
    return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8)));
  }

  /** A login posted from another loopback address (127.0.0.2): a second machine, as the server sees it. */
  private static int loginFrom(String local, String cookies, String token, String email, String password)
      throws IOException {
    String body = "_csrf=" + enc(token) + "&email=" + enc(email) + "&password=" + enc(password) + "&suite=%2Fredaction";
    try (Socket socket = new Socket()) {
      socket.bind(new InetSocketAddress(InetAddress.getByName(local), 0));
      socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), app.port()));
      OutputStream out = socket.getOutputStream();
      out.write(("POST /redaction/connexion HTTP/1.1\r\nHost: localhost:" + app.port() + "\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\nCookie: " + cookies + "\r\n"
          + "Content-Length: " + body.getBytes(StandardCharsets.UTF_8).length + "\r\nConnection: close\r\n\r\n" + body)
          .getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String status = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
      return Integer.parseInt(status.substring(9, 12));
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
