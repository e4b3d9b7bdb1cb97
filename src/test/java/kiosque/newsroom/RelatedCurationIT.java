package kiosque.newsroom;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors curate an article's related lists from the newsroom, over real HTTP: they see why each
 * item was chosen, pin and exclude articles by number or address, and readers' pages follow.
 */
class RelatedCurationIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient editor;
  static NewsroomClient journalist;
  static long drought;
  static long desalination;
  static long protest;
  static long draft;
  static final long[] matches = new long[12];

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    editor = app.loggedIn(Role.EDITOR, "redaction@example.ma");
    journalist = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    drought = app.publish(water("La sécheresse frappe le Souss : les barrages d'Agadir à 10 %", "2021-03-02T09:00:00Z",
        "Le barrage Youssef Ben Tachfine ne retient plus que 10 % de sa capacité. Les agriculteurs du Souss "
            + "réclament une aide de l'Office national de l'eau potable (ONEP) pour irriguer les orangers."));
    desalination = app.publish(water("Agadir : l'usine de dessalement de Chtouka ouvre ses vannes",
        "2021-03-20T09:00:00Z", "L'usine de dessalement de Chtouka alimente désormais Agadir en eau potable. "
            + "Les agriculteurs du Souss espèrent que le barrage Youssef Ben Tachfine sera épargné."));
    app.publish(water("Souss : les orangers meurent faute d'irrigation", "2021-04-11T09:00:00Z",
        "Faute d'eau, les orangers du Souss sèchent sur pied. Les agriculteurs accusent la sécheresse et le "
            + "barrage Youssef Ben Tachfine presque vide."));
    protest = app.publish(water("Souss : les agriculteurs manifestent devant le barrage", "2021-03-15T09:00:00Z",
        "Deux cents agriculteurs du Souss ont manifesté devant le barrage Youssef Ben Tachfine pour réclamer "
            + "l'irrigation des orangers malgré la sécheresse."));
    draft = app.publish(water("Souss : brouillon sur les barrages", "2021-03-16T09:00:00Z",
        "Brouillon sur le barrage Youssef Ben Tachfine.").status(ArticleStatus.DRAFT));
    for (int i = 0; i < matches.length; i++) {
      matches[i] = app.publish(article().id("match-" + i).title("Le Raja gagne son match numéro " + (i + 1))
          .section("Sport").topics("Football").publishedAt("2021-05-%02dT20:00:00Z".formatted(i + 1))
          .body("<p>Le Raja de Casablanca s'impose au stade Mohammed-V. Match " + (i + 1) + ".</p>"));
    }
  }

  static ArticleDrafts water(String title, String when, String body) {
    return article().title(title).section("Maroc").topics("Eau", "Agriculture").publishedAt(when)
        .body("<p>" + body + "</p>");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static String title(long id) {
    return app.wiring().articleStore().findById(id).orElseThrow().title();
  }

  private static List<String> further(long id) {
    return app.page(app.pathOf(id)).select("section.go-further li h3").eachText();
  }

  private static List<String> recommended(long id) {
    return app.page(app.pathOf(id)).select("section.recommended li h3").eachText();
  }

  private static HttpResponse<String> choose(NewsroomClient client, long id, String action, String reference) {
    return client.submit("/redaction/articles/" + id + "/liens", Map.of("action", action, "article", reference));
  }

  @Test
  void theNewsroomShowsBothListsWithWhyEachItemWasChosen() {
    Document page = editor.page("/redaction/articles/" + drought + "/liens");

    List<String> further = page.select("#liste-further li a").eachText();
    assertThat(further).hasSizeGreaterThanOrEqualTo(3).contains(title(protest)).doesNotContain(title(draft));
    assertThat(page.select("#liste-further li .reason").eachText())
        .allSatisfy(reason -> assertThat(reason).isNotBlank())
        .anySatisfy(reason -> assertThat(reason).contains("Sujets"));
    assertThat(page.select("#liste-further form button[value=pin]")).isNotEmpty();
    assertThat(page.text()).contains("Listes calculées le");
  }

  @Test
  void anEditorPinsAnUnrelatedArticleByItsAddressReadersSeeItFirstUntilTheChoiceIsRemoved() {
    long match = matches[0];
    assertThat(further(desalination)).doesNotContain(title(match));

    HttpResponse<String> pinned = choose(editor, desalination, "pin",
        "http://localhost:" + app.port() + app.pathOf(match));

    assertThat(pinned.statusCode()).isEqualTo(303);
    assertThat(pinned.headers().firstValue("Location").orElseThrow())
        .isEqualTo("/redaction/articles/" + desalination + "/liens?note=related-pin");
    app.settle();
    assertThat(further(desalination)).first().isEqualTo(title(match));
    Document curation = editor.page("/redaction/articles/" + desalination + "/liens?note=related-pin");
    assertThat(curation.select(".related-choices li").eachText()).singleElement().asString()
        .contains(title(match)).contains("épinglé en tête");
    assertThat(curation.text()).contains("Article épinglé");

    assertThat(choose(editor, desalination, "clear", String.valueOf(match)).statusCode()).isEqualTo(303);
    app.settle();
    assertThat(further(desalination)).doesNotContain(title(match));
    assertThat(editor.page("/redaction/articles/" + desalination + "/liens").text())
        .contains("Aucun choix : le moteur décide seul.");
  }

  @Test
  void anExcludedArticleLeavesBothListsOfThePublicPage() {
    assertThat(further(protest)).contains(title(drought));

    assertThat(choose(editor, protest, "exclude", String.valueOf(drought)).statusCode()).isEqualTo(303);
    app.settle();

    assertThat(further(protest)).isNotEmpty().doesNotContain(title(drought));
    assertThat(recommended(protest)).doesNotContain(title(drought));
    assertThat(editor.page("/redaction/articles/" + protest + "/liens").select(".related-choices li").eachText())
        .singleElement().asString().contains(title(drought)).contains("exclu");
  }

  @Test
  void badReferencesGetAMessageSayingWhatIsWrongAndChangeNothing() throws Exception {
    long article = matches[5];
    assertBadRequest(choose(editor, article, "pin", "n'importe quoi"), "ne désigne pas un article");
    assertBadRequest(choose(editor, article, "pin", "987654321"), "Aucun article ne correspond à « 987654321 »");
    assertBadRequest(choose(editor, article, "pin", String.valueOf(article)), "ne peut pas être lié à lui-même");
    assertBadRequest(choose(editor, article, "pin", String.valueOf(draft)), "n’est pas publié");
    assertBadRequest(choose(editor, article, "effacer", String.valueOf(drought)), "Choisissez « Épingler »");

    JsonNode lists = new ObjectMapper().readTree(editor.get("/redaction/articles/" + article + "/liens.json").body());
    assertThat(lists.get("choices")).isEmpty();
  }

  @Test
  void atMostFourArticlesCanBePinned() {
    long article = matches[6];
    for (int i = 7; i < 11; i++) {
      assertThat(choose(editor, article, "pin", String.valueOf(matches[i])).statusCode()).isEqualTo(303);
    }
    assertBadRequest(choose(editor, article, "pin", String.valueOf(matches[11])), "Au plus 4 articles");
    app.settle();
    assertThat(further(article)).containsExactly(title(matches[7]), title(matches[8]), title(matches[9]),
        title(matches[10]));
  }

  @Test
  void aJournalistReadsTheListsOfSomeoneElsesArticleButCannotChangeThem() {
    Document page = journalist.page("/redaction/articles/" + drought + "/liens");

    assertThat(page.select("#liste-further li a")).isNotEmpty();
    assertThat(page.select("form[action$=/liens]")).isEmpty();
    assertThat(page.text()).contains("seuls la rédaction en chef et l’auteur de l’article peuvent les modifier");
    assertThat(choose(journalist, drought, "exclude", String.valueOf(protest)).statusCode()).isEqualTo(403);
  }

  @Test
  void theEditorLinksToTheListsAndProposesTopicsFromTheTextOfTheDraft() throws Exception {
    Document form = editor.page("/redaction/articles/" + drought);
    assertThat(form.select("a[href=/redaction/articles/" + drought + "/liens]")).isNotEmpty();

    HttpResponse<String> response = editor.submit("/redaction/suggestions/sujets", Map.of(
        "title", "Le barrage Youssef Ben Tachfine à sec",
        "body", "<p>Les agriculteurs du Souss et l'ONEP s'inquiètent : le barrage Youssef Ben Tachfine est vide "
            + "et les orangers d'Agadir manquent d'eau. Le ministre Nizar Baraka se rend à Agadir.</p>"));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = new ObjectMapper().readTree(response.body());
    List<String> existing = json.get("existing").findValuesAsText("name");
    assertThat(existing).contains("Eau").doesNotContain("Football");
    assertThat(json.get("existing").get(0).get("reason").asText()).isNotBlank();
    assertThat(json.get("candidates").findValuesAsText("name")).contains("Nizar Baraka");
    assertThat(editor.post("/redaction/suggestions/sujets", Map.of("title", "x", "body", "y")).statusCode())
        .as("without the form's token").isEqualTo(403);
  }

  private static void assertBadRequest(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(response.body()).select("p.error").text()).contains(message);
  }
}
