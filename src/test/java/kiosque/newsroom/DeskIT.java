package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The desk over real HTTP: the article list searching the whole archive, the preview's banner,
 * unpublishing with a reason.
 */
class DeskIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient nadia;
  static NewsroomClient editor;
  static long armyDraft;
  static long economyDraft;
  static long publishedEconomy;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    nadia = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    editor = app.loggedIn(Role.EDITOR, "editor@example.ma");
    if (!SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !app.wiring().archiveSearch().isRebuilding())) {
      throw new IllegalStateException("the archive index was still building after 30 s");
    }
    Map<String, String> army = EditorIT.fields("L’armée déploie ses hélicoptères au Sahel",
        "<p>Le ministère confirme l’envoi d’une escadrille.</p>");
    army.put("section", "Monde");
    army.put("topics", "Défense");
    army.put("bylines", "Karim Benali");
    armyDraft = EditorIT.create(editor, army);
    Map<String, String> economy = EditorIT.fields("Budget : les chiffres de la rentrée",
        "<p>Selon l'Économie nationale, la croissance ralentit.</p>");
    economy.put("bylines", "Nadia Alaoui");
    economyDraft = EditorIT.create(nadia, economy);
    Map<String, String> live = EditorIT.fields("La croissance de l’économie publiée",
        "<p>L’économie marocaine progresse.</p>");
    live.put("bylines", "Nadia Alaoui");
    publishedEconomy = EditorIT.create(editor, live);
    assertThat(EditorIT.move(editor, publishedEconomy, "PUBLISH").statusCode()).isEqualTo(303);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<Long> found(NewsroomClient client, String query) {
    Document page = client.page("/redaction/articles" + query);
    return page.select("ul.articles li a").eachAttr("href").stream()
        .map(href -> Long.parseLong(href.replaceAll("^.*/(\\d+)$", "$1"))).toList();
  }

  private static String q(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void wordsFindADraftWhateverTheAccentsElisionAndCase() {
    // "armee" has no accent and no elision; the title says "L’armée" with a typographic apostrophe.
    assertThat(found(nadia, "?q=armee")).containsExactly(armyDraft);
    assertThat(found(nadia, "?q=" + q("L'ARMÉE hélicoptère"))).containsExactly(armyDraft);
    // The body's "l'Économie" (straight apostrophe) and the title's "l’économie" are one word.
    assertThat(found(nadia, "?q=economie")).containsExactlyInAnyOrder(economyDraft, publishedEconomy);
    assertThat(found(nadia, "?q=" + q("l’économie") + "&statut=draft")).containsExactly(economyDraft);
  }

  @Test
  void filtersCombineAndStayInTheAddress() {
    assertThat(found(editor, "?rubrique=" + q("Économie"))).containsExactlyInAnyOrder(economyDraft, publishedEconomy);
    assertThat(found(editor, "?rubrique=" + q("Économie") + "&statut=published")).containsExactly(publishedEconomy);
    assertThat(found(editor, "?auteur=" + q("nadia alaoui") + "&statut=draft")).containsExactly(economyDraft);
    assertThat(found(editor, "?sujet=" + q("defense"))).containsExactly(armyDraft);
    assertThat(found(editor, "?sujet=" + q("Défense") + "&rubrique=" + q("Économie"))).isEmpty();
    assertThat(found(editor, "?q=croissance&auteur=" + q("Nadia Alaoui") + "&du=2025-06-01&au=2025-06-01"))
        .containsExactlyInAnyOrder(economyDraft, publishedEconomy);
    assertThat(found(editor, "?q=croissance&du=2025-06-02")).isEmpty();

    Document page = editor.page("/redaction/articles?q=croissance&statut=draft&tri=modification");
    assertThat(page.selectFirst("form.desk-search").attr("method")).isEqualTo("get");
    assertThat(page.selectFirst("input[name=q]").val()).isEqualTo("croissance");
    assertThat(page.selectFirst("select[name=statut] option[selected]").val()).isEqualTo("draft");
    assertThat(page.selectFirst("select[name=tri] option[selected]").val()).isEqualTo("modification");
    assertThat(page.selectFirst(".desk-count").text()).isEqualTo("1 article(s)");
  }

  @Test
  void everyNewsroomRoleSearchesTheWholeArchiveAndNobodyElseDoes() {
    // The permission table lets every role view the newsroom: a journalist finds a colleague's draft
    // (and opens it read-only), never a reader.
    assertThat(found(nadia, "?q=" + q("hélicoptères"))).containsExactly(armyDraft);
    HttpResponse<String> anonymous = app.anonymous().get("/redaction/articles?q=" + q("hélicoptères"));
    assertThat(anonymous.statusCode()).isIn(302, 303);
    assertThat(anonymous.body()).doesNotContain("hélicoptères");
    // The readers' search never holds a draft.
    assertThat(app.get("/recherche?q=" + q("hélicoptères")).body()).doesNotContain("L’armée déploie");
  }

  @Test
  void aPreviewCarriesItsBannerAndIsNeitherIndexedNorKept() {
    HttpResponse<String> preview = nadia.get("/redaction/articles/" + economyDraft + "/apercu");

    assertThat(preview.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(preview.body());
    assertThat(page.body().child(0).hasClass("preview-banner")).isTrue();
    assertThat(page.selectFirst(".preview-banner").text()).isEqualTo("Aperçu — non publié");
    assertThat(page.select("meta[name=robots]")).singleElement()
        .satisfies(robots -> assertThat(robots.attr("content")).isEqualTo("noindex, nofollow"));
    assertThat(preview.headers().firstValue("X-Robots-Tag")).hasValue("noindex");
    assertThat(preview.headers().firstValue("Cache-Control")).hasValue("private, no-store");
    // The public page of a published article never carries it.
    assertThat(app.page(app.pathOf(publishedEconomy)).select(".preview-banner")).isEmpty();
  }

  @Test
  void unpublishingAsksForAReasonRefusesWithoutOneAndLogsIt() {
    Map<String, String> fields = EditorIT.fields("À retirer", "<p>Texte publié.</p>");
    fields.put("section", "Société");
    long id = EditorIT.create(editor, fields);
    assertThat(EditorIT.move(editor, id, "PUBLISH").statusCode()).isEqualTo(303);

    Document editorPage = editor.page("/redaction/articles/" + id);
    String confirmHref = editorPage.selectFirst("#editor .workflow button[value=UNPUBLISH]").attr("formaction");
    Document confirm = editor.page(confirmHref);
    assertThat(confirm.selectFirst("textarea[name=raison]").hasAttr("required")).isTrue();
    String version = confirm.selectFirst("input[name=version]").val();

    HttpResponse<String> blank = editor.submit(confirmHref, Map.of("version", version, "raison", "  "));
    assertThat(blank.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(blank.body()).selectFirst(".error").text()).contains("Indiquez la raison");
    // The editor's old bare button is refused the same way.
    HttpResponse<String> bare = EditorIT.move(editor, id, "UNPUBLISH");
    assertThat(bare.statusCode()).isEqualTo(400);
    assertThat(bare.body()).contains("Indiquez la raison");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

    HttpResponse<String> done = editor.submit(confirmHref,
        Map.of("version", version, "raison", "Demande de retrait de la personne citée"));
    assertThat(done.statusCode()).isEqualTo(303);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(app.wiring().auditLog().latest(20, 0)).anySatisfy(event -> {
      assertThat(event.action()).isEqualTo("article.unpublish");
      assertThat(event.target()).contains("Demande de retrait de la personne citée");
    });
    // A journalist may not unpublish: the confirmation page is refused too.
    assertThat(nadia.get(confirmHref).statusCode()).isEqualTo(403);
  }

  @Test
  void theEditorsButtonCarriesWhatWasTypedThroughTheConfirmationAndSavesItWithTheMove() {
    Map<String, String> fields = EditorIT.fields("Titre en ligne", "<p>Texte publié.</p>");
    fields.put("section", "Culture");
    long id = EditorIT.create(editor, fields);
    assertThat(EditorIT.move(editor, id, "PUBLISH").statusCode()).isEqualTo(303);
    Map<String, String> typed = new java.util.LinkedHashMap<>(fields);
    typed.put("title", "Titre corrigé avant retrait");
    typed.put("version", EditorIT.version(editor, id));
    typed.put("move", "UNPUBLISH");

    HttpResponse<String> confirm = editor.submit("/redaction/articles/" + id + "/depublier", typed);
    assertThat(confirm.statusCode()).isEqualTo(200);
    Document page = Jsoup.parse(confirm.body());
    assertThat(page.selectFirst(".unpublish-form input[name=title]").val()).isEqualTo("Titre corrigé avant retrait");
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().status()).isEqualTo(ArticleStatus.PUBLISHED);

    Map<String, String> confirmed = new java.util.LinkedHashMap<>();
    page.select(".unpublish-form input[type=hidden]").forEach(input -> confirmed.put(input.attr("name"), input.val()));
    confirmed.remove("_csrf");
    confirmed.put("raison", "Erreur de titre signalée");
    assertThat(editor.submit("/redaction/articles/" + id + "/depublier", confirmed).statusCode()).isEqualTo(303);
    var after = app.wiring().articleStore().findById(id).orElseThrow();
    assertThat(after.status()).isEqualTo(ArticleStatus.UNPUBLISHED);
    assertThat(after.title()).isEqualTo("Titre corrigé avant retrait");
  }
}
