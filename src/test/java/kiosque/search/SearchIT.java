package kiosque.search;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The reader's search over real HTTP: the page, its JSON twin and the suggestions. */
class SearchIT {

  @org.junit.jupiter.api.io.TempDir
  static Path dir;
  static TestApp app;
  static final ObjectMapper JSON = new ObjectMapper();

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    app.publish(article().id("festival").title("Marrakech accueille le festival du film").section("Culture")
        .topics("Marrakech", "Cinéma").bylines("S.B").summary("Le festival international ouvre ses portes.")
        .body("<p>Pendant une semaine, Marrakech vit au rythme du cinéma.</p>").publishedAt("2025-05-20T10:00:00Z"));
    app.publish(article().id("medina").title("Le premier ministre visite la médina").section("Maroc")
        .topics("Marrakech").bylines("I.L").body("<p>Le premier ministre a visité la médina de Marrakech.</p>")
        .publishedAt("2024-05-01T10:00:00Z"));
    app.publish(article().id("sanctions").title("Les États-Unis annoncent des sanctions").section("Monde")
        .topics("États-Unis").bylines("A.K").body("<p>Washington durcit le ton & <b>menace</b>.</p>")
        .publishedAt("2025-05-30T10:00:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String q(String text) {
    return "/recherche?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void resultsShowMarkedHeadlinesAndExcerptsAndAreKeptOutOfSearchEngines() {
    Document page = app.page(q("festival marrakech"));

    Element first = page.selectFirst("ol.teasers li.teaser");
    assertThat(first.select("h2 a mark").eachText()).containsExactly("Marrakech", "festival");
    assertThat(first.selectFirst("h2 a").attr("href")).startsWith("/2025/05/20/");
    assertThat(first.select("p.summary mark").eachText()).contains("Marrakech");
    assertThat(page.selectFirst("p.count").text()).isEqualTo("1 résultat");
    assertThat(page.selectFirst("meta[name=robots]").attr("content")).startsWith("noindex");
    assertThat(page.selectFirst("title").text()).startsWith("Recherche : festival marrakech");
    assertThat(page.selectFirst("#recherche-q").val()).isEqualTo("festival marrakech");
  }

  @Test
  void facetLinksFilterAndASelectedValueCanBeRemoved() {
    Document all = app.page(q("marrakech"));
    assertThat(all.selectFirst("p.count").text()).isEqualTo("2 résultats");
    Element culture = all.select("aside.facets li a").stream().filter(a -> a.text().equals("Culture")).findFirst()
        .orElseThrow();

    Document filtered = app.page(culture.attr("href"));

    assertThat(filtered.select("ol.teasers h2").eachText()).containsExactly("Marrakech accueille le festival du film");
    assertThat(filtered.selectFirst("aside.facets li.selected strong").text()).isEqualTo("Culture");
    assertThat(filtered.select("aside.facets li a").eachText()).contains("Maroc");
    assertThat(filtered.selectFirst("input[type=hidden][name=rubrique]").val()).isEqualTo("Culture");
    String removed = filtered.selectFirst("aside.facets li.selected a").attr("href");
    assertThat(app.page(removed).selectFirst("p.count").text()).isEqualTo("2 résultats");
  }

  @Test
  void aTypoGetsResultsAndAProposal() {
    Document page = app.page(q("Marrakesh festivall"));

    assertThat(page.select("ol.teasers h2").eachText()).contains("Marrakech accueille le festival du film");
    Element proposal = page.selectFirst("p.did-you-mean a");
    assertThat(proposal.text()).isEqualTo("Marrakech festival");
    assertThat(app.page(proposal.attr("href")).selectFirst("p.count").text()).isEqualTo("1 résultat");
  }

  @Test
  void sortingByDateAndPagesKeepTheFilters() {
    Document page = app.page(q("marrakech") + "&tri=date");

    assertThat(page.select("ol.teasers h2").eachText()).containsExactly(
        "Marrakech accueille le festival du film", "Le premier ministre visite la médina");
    assertThat(page.selectFirst("p.orders strong").text()).isEqualTo("date");
    assertThat(page.selectFirst("p.orders a").attr("href")).isEqualTo("/recherche?q=marrakech");
  }

  @Test
  void aDateRangeFilters() {
    Document page = app.page(q("") + "&du=2025-05-01&au=2025-05-31");

    assertThat(page.select("ol.teasers h2").eachText()).containsExactly(
        "Les États-Unis annoncent des sanctions", "Marrakech accueille le festival du film");
    assertThat(page.selectFirst("#recherche-du").val()).isEqualTo("2025-05-01");
  }

  @Test
  void publishingAndUnpublishingShowInTheResults() {
    app.publish(article().id("seisme").title("Séisme ressenti à Agadir").publishedAt("2025-05-31T08:00:00Z"));
    assertThat(app.page(q("seisme agadir")).select("ol.teasers h2").eachText())
        .containsExactly("Séisme ressenti à Agadir");

    app.publish(article().id("seisme").title("Séisme ressenti à Agadir").publishedAt("2025-05-31T08:00:00Z")
        .status(ArticleStatus.UNPUBLISHED));
    assertThat(app.page(q("seisme agadir")).select("ol.teasers li")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "q=", "q=title%3A(", "q=*", "q=%22", "q=AND+OR+NOT", "q=%3C%2Fmain%3E%3Cscript%3E",
      "q=marrakech&page=abc", "q=marrakech&page=99999999", "q=marrakech&du=2024-02-31&au=hier",
      "q=marrakech&rubrique=%00&sujet=%27%3B--&auteur=", "q=marrakech&tri=%2A"})
  void anyParametersGetAnOrdinaryPage(String query) {
    HttpResponse<String> response = app.get("/recherche?" + query);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).doesNotContain("<script>").contains("<h1>Recherche</h1>");
  }

  @Test
  void aVeryLongQueryGetsAnOrdinaryPage() {
    HttpResponse<String> tenKilobytes = app.get(q("marrakech ".repeat(1_000)));
    assertThat(tenKilobytes.statusCode()).as("10 KB").isEqualTo(200);
    Document page = org.jsoup.Jsoup.parse(tenKilobytes.body());
    assertThat(page.selectFirst("#recherche-q").val()).as("what is searched").hasSizeLessThanOrEqualTo(500);
    assertThat(page.selectFirst("title").text()).hasSizeLessThan(120);
    assertThat(page.select("li").size()).as("results for the words it kept").isPositive();
  }

  @Test
  void theJsonEndpointAnswersTheSameSearch() throws Exception {
    HttpResponse<String> response = app.get("/recherche.json?q=marrakech&rubrique=culture");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    JsonNode json = JSON.readTree(response.body());
    assertThat(json.get("total").asLong()).isEqualTo(1);
    JsonNode hit = json.get("results").get(0);
    assertThat(hit.get("titleHtml").asText()).isEqualTo("<mark>Marrakech</mark> accueille le festival du film");
    assertThat(hit.get("href").asText()).startsWith("/2025/05/20/");
    assertThat(json.at("/facets/sections").findValuesAsText("label")).contains("Culture", "Maroc");
  }

  @Test
  void jsonEscapesWhatItMarks() throws Exception {
    JsonNode json = JSON.readTree(app.get("/recherche.json?q=washington").body());

    assertThat(json.at("/results/0/excerptHtml").asText()).contains("<mark>Washington</mark> durcit le ton &amp; menace");
  }

  @Test
  void suggestionsWhileTyping() throws Exception {
    JsonNode json = JSON.readTree(app.get("/recherche/suggestions?q=marr").body());

    assertThat(json.get("titles").findValuesAsText("label"))
        .containsExactly("Marrakech accueille le festival du film");
    assertThat(json.get("topics").findValuesAsText("label")).containsExactly("Marrakech");
    assertThat(json.at("/topics/0/href").asText()).isEqualTo("/recherche?q=&sujet=Marrakech");
    assertThat(JSON.readTree(app.get("/recherche/suggestions?q=%00%22(").body()).get("titles")).isEmpty();
  }
}
