package kiosque.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Images;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The article fields of issue 13 over real HTTP: saved in the editor without JavaScript, seen by
 * readers (kicker, reading time, correction) and machines (title, description, OpenGraph, Twitter,
 * JSON-LD), carried by the pending change of a live article until it is published.
 */
class ArticleFieldsIT {

  @TempDir
  static Path dir;
  static MutableClock clock = new MutableClock(TestApp.NOW.toString());
  static TestApp app;
  static NewsroomClient nadia;
  static NewsroomClient editor;
  static Media cortege;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of(), clock);
    nadia = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    editor = app.loggedIn(Role.EDITOR, "editor@example.ma");
    cortege = app.wiring().mediaService().importImage(Actor.operator("test"), "cortege.jpg",
        new ByteArrayInputStream(Images.jpeg(1200, 630)), "Le cortège sur l’avenue Mohammed-V", "Agence");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  /** The editor's usual fields (EditorIT's) with a 480-word body in the section Maroc. */
  static Map<String, String> fields(String title) {
    Map<String, String> fields = EditorIT.fields(title, "<p>" + "Un mot ".repeat(240) + "</p>");
    fields.put("summary", "Le chapô de l’article.");
    fields.put("section", "Maroc");
    return fields;
  }

  @Test
  void theFieldsSavedInTheEditorShapeThePublicPageAndWhatMachinesRead() throws Exception {
    Map<String, String> form = fields("Les enseignants défilent à Rabat");
    form.put("kicker", "Éducation");
    form.put("seoTitle", "Grève des enseignants à Rabat : ce qu’il faut savoir");
    form.put("seoDescription", "Des milliers d’enseignants ont défilé mardi à Rabat pour leurs salaires.");
    form.put("socialTitle", "Les enseignants dans la rue");
    form.put("socialImage", String.valueOf(cortege.id()));
    long id = EditorIT.create(editor, form);

    Document edited = editor.page("/redaction/articles/" + id);
    assertThat(edited.selectFirst("#kicker").val()).isEqualTo("Éducation");
    assertThat(edited.selectFirst("#seoDescription").text())
        .isEqualTo("Des milliers d’enseignants ont défilé mardi à Rabat pour leurs salaires.");
    assertThat(edited.selectFirst("#socialImage option[selected]").val()).isEqualTo(String.valueOf(cortege.id()));
    assertThat(edited.selectFirst("#reading-time").text()).isEqualTo("480 mots · 3 min de lecture");
    assertThat(edited.selectFirst("#seoTitle-count .count").text()).isEqualTo("52 caractères, 60 conseillés.");
    assertThat(EditorIT.move(editor, id, "PUBLISH").statusCode()).isEqualTo(303);

    Document page = app.page(app.pathOf(id));
    assertThat(page.selectFirst("main article header .kicker").text()).isEqualTo("Éducation");
    assertThat(page.selectFirst(".kicker + h1").text()).isEqualTo("Les enseignants défilent à Rabat");
    assertThat(page.selectFirst(".reading-time").text()).isEqualTo("3 min de lecture");
    assertThat(page.title()).startsWith("Grève des enseignants à Rabat : ce qu’il faut savoir - ");
    assertThat(page.selectFirst("meta[name=description]").attr("content"))
        .isEqualTo("Des milliers d’enseignants ont défilé mardi à Rabat pour leurs salaires.");
    assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Les enseignants dans la rue");
    assertThat(page.selectFirst("meta[name=twitter:title]").attr("content")).isEqualTo("Les enseignants dans la rue");
    assertThat(page.selectFirst("meta[property=og:image]").attr("content"))
        .endsWith("/media/" + cortege.id() + "/w1200.jpg");
    assertThat(page.selectFirst("meta[property=og:image:alt]").attr("content"))
        .isEqualTo("Le cortège sur l’avenue Mohammed-V");
    assertThat(page.select(".correction")).isEmpty();
    JsonNode article = newsArticle(page);
    assertThat(article.path("headline").asText()).isEqualTo("Les enseignants défilent à Rabat");
    assertThat(app.page("/rubrique/maroc").select(".teaser").stream()
        .filter(t -> t.text().contains("Les enseignants défilent à Rabat")).findFirst().orElseThrow()
        .selectFirst(".kicker").text()).as("the teaser shows the kicker above the title").isEqualTo("Éducation");
    assertThat(article.has("correction")).isFalse();
  }

  @Test
  void withoutTheFieldsThePageFallsBackToTheHeadlineTheSummaryAndNoKicker() {
    long id = EditorIT.create(editor, fields("Un article sans surtitre"));
    EditorIT.move(editor, id, "PUBLISH");

    Document page = app.page(app.pathOf(id));
    assertThat(page.select("main article .kicker")).isEmpty();
    assertThat(page.title()).startsWith("Un article sans surtitre - ");
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Le chapô de l’article.");
    assertThat(page.selectFirst("meta[property=og:title]").attr("content")).isEqualTo("Un article sans surtitre");
    assertThat(page.select("meta[property=og:image]")).isEmpty();
  }

  @Test
  void aCorrectionOnALiveArticleIsDatedShownAtTheEndInTheJsonLdAndUpdatesTheArticle() throws Exception {
    long id = EditorIT.create(editor, fields("Le bilan des intempéries"));
    EditorIT.move(editor, id, "PUBLISH");
    clock.advance(Duration.ofHours(3));

    Map<String, String> corrected = fields("Le bilan des intempéries");
    corrected.put("correction", "Le bilan était de 12 morts, et non de 21 comme écrit d’abord.");
    corrected.put("mode", "correct");
    corrected.put("version", EditorIT.version(editor, id));
    assertThat(editor.submit("/redaction/articles/" + id, corrected).statusCode()).isEqualTo(303);

    Document page = app.page(app.pathOf(id));
    String expectedTime = app.wiring().dates().time(clock.instant());
    assertThat(page.selectFirst("main article .correction").text()).isEqualTo("Correction, "
        + app.wiring().dates().day(clock.instant()) + " à " + expectedTime
        + " : Le bilan était de 12 morts, et non de 21 comme écrit d’abord.");
    assertThat(page.selectFirst(".correction time").attr("datetime"))
        .isEqualTo(app.wiring().dates().iso(clock.instant()));
    assertThat(page.selectFirst(".updated")).as("Mis à jour, as any edit").isNotNull();
    JsonNode article = newsArticle(page);
    assertThat(article.path("correction").path("@type").asText()).isEqualTo("CorrectionComment");
    assertThat(article.path("correction").path("text").asText())
        .isEqualTo("Le bilan était de 12 morts, et non de 21 comme écrit d’abord.");
    assertThat(article.path("correction").path("datePublished").asText())
        .isEqualTo(app.wiring().dates().iso(clock.instant()));
    assertThat(article.path("dateModified").asText()).isEqualTo(app.wiring().dates().iso(clock.instant()));
    assertThat(editor.page("/redaction/articles/" + id).selectFirst("#correction-help").text())
        .startsWith("Correction datée du " + app.wiring().dates().day(clock.instant()) + " à " + expectedTime + ".");

    // Saved again with the same note an hour later, it keeps its date.
    clock.advance(Duration.ofHours(1));
    corrected.put("version", EditorIT.version(editor, id));
    corrected.put("title", "Le bilan des intempéries s’alourdit");
    assertThat(editor.submit("/redaction/articles/" + id, corrected).statusCode()).isEqualTo(303);
    assertThat(app.page(app.pathOf(id)).selectFirst(".correction time").attr("datetime"))
        .isEqualTo(app.wiring().dates().iso(clock.instant().minus(Duration.ofHours(1))));
  }

  @Test
  void thePendingChangeOfALiveArticleKeepsTheFieldsUntilItIsPublished() {
    long id = EditorIT.create(nadia, fields("Le port de Tanger Med s’agrandit"));
    EditorIT.move(editor, id, "PUBLISH");

    Map<String, String> change = fields("Le port de Tanger Med s’agrandit");
    change.put("kicker", "Infrastructures");
    change.put("correction", "La capacité est de 9 millions de conteneurs.");
    change.put("version", EditorIT.version(nadia, id));
    HttpResponse<String> saved = nadia.submit("/redaction/articles/" + id, change);
    assertThat(saved.headers().firstValue("Location")).hasValue("/redaction/articles/" + id + "?note=revision-pending");

    assertThat(app.page(app.pathOf(id)).select("main article .kicker, main article .correction"))
        .as("online: unchanged").isEmpty();
    Document reopened = nadia.page("/redaction/articles/" + id);
    assertThat(reopened.selectFirst("#kicker").val()).isEqualTo("Infrastructures");
    assertThat(reopened.selectFirst("#correction").text()).isEqualTo("La capacité est de 9 millions de conteneurs.");
    Document preview = nadia.page("/redaction/articles/" + id + "/apercu");
    assertThat(preview.selectFirst("main article .kicker").text()).isEqualTo("Infrastructures");
    assertThat(nadia.page("/redaction/articles/" + id + "/revisions").select(".diff ins").eachText())
        .anySatisfy(text -> assertThat(text).contains("Infrastructures"));

    EditorIT.move(nadia, id, "SUBMIT_REVISION");
    clock.advance(Duration.ofMinutes(30));
    assertThat(EditorIT.move(editor, id, "PUBLISH_REVISION").statusCode()).isEqualTo(303);
    Document live = app.page(app.pathOf(id));
    assertThat(live.selectFirst("main article .kicker").text()).isEqualTo("Infrastructures");
    assertThat(live.selectFirst(".correction time").attr("datetime"))
        .as("dated when it went online").isEqualTo(app.wiring().dates().iso(clock.instant()));
  }

  @Test
  void aTooLongFieldIsRefusedInFrenchNamingItAndTheFormComesBackFilled() {
    Map<String, String> form = fields("Un titre SEO trop long");
    form.put("kicker", "Économie");
    form.put("seoTitle", "t".repeat(301));

    HttpResponse<String> refused = editor.submit("/redaction/articles", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    Document page = Jsoup.parse(refused.body());
    assertThat(page.selectFirst(".error").text())
        .contains("« Titre pour les moteurs de recherche »").contains("300");
    assertThat(page.selectFirst("#kicker").val()).isEqualTo("Économie");
    assertThat(page.selectFirst("#seoTitle").val()).isEqualTo("t".repeat(301));
    assertThat(page.selectFirst("#title").val()).isEqualTo("Un titre SEO trop long");
  }

  @Test
  void aSocialImageThatDoesNotExistIsRefusedWithAClearMessage() {
    Map<String, String> form = fields("Une image inventée");
    form.put("socialImage", "987654");

    HttpResponse<String> refused = editor.submit("/redaction/articles", form);

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.body()).selectFirst(".error").text()).startsWith("L’image de partage choisie n’existe plus");
  }

  private static JsonNode newsArticle(Document page) throws Exception {
    for (var script : page.select("script[type=application/ld+json]")) {
      JsonNode json = new ObjectMapper().readTree(script.data());
      if (json.path("@type").asText().equals("NewsArticle")) {
        return json;
      }
    }
    throw new AssertionError("no NewsArticle in the page");
  }
}
