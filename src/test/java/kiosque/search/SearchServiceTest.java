package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.ArticleService;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchServiceTest {

  @TempDir
  static Path data;

  static Wiring wiring;
  static SearchService search;

  @BeforeAll
  static void publish() {
    wiring = SearchTestSupport.wiring(data);
    search = SearchIndexFollowerTest.awaitRebuilt(wiring.searchService());
    ArticleService articles = wiring.articleService();
    article("L’armée renforce sa présence à la frontière").section("Maroc").topics("Défense").by("I.L").daysAgo(10)
        .body("Le chef d'état-major a inspecté les unités de l'armée déployées dans le Sud.").saveWith(articles);
    article("Les États-Unis annoncent de nouvelles sanctions").section("Monde").topics("États-Unis", "Économie")
        .by("A.K").daysAgo(3).body("Washington a décidé de sanctions économiques.").saveWith(articles);
    article("Visite officielle aux Etats-Unis").section("Monde").by("A.K").daysAgo(30)
        .body("Le ministre est attendu à Washington lundi.").saveWith(articles);
    article("Marrakech accueille le festival du film").section("Culture").topics("Marrakech", "Cinéma").by("S.B")
        .daysAgo(20).summary("Le festival international ouvre ses portes.")
        .body("Pendant une semaine, Marrakech vit au rythme du cinéma. Les projections ont lieu place Jemaa el-Fna.")
        .saveWith(articles);
    article("Le premier ministre visite la médina").section("Maroc").topics("Marrakech").by("I.L").daysAgo(400)
        .body("Le premier ministre a visité la médina de Marrakech et ses souks.").saveWith(articles);
    article("Le ministre de la santé reçoit le premier secrétaire").section("Maroc").by("I.L").daysAgo(60)
        .body("Une rencontre sans annonce particulière.").saveWith(articles);
    article("Élections municipales : les résultats").section("Maroc").topics("Élections").daysAgo(2).saveWith(articles);
    article("Élection présidentielle au Sénégal").section("Monde").topics("Élections").daysAgo(90).saveWith(articles);
    article("Fusion & rachat : <Attijariwafa> au cœur des discussions").section("Économie").daysAgo(7)
        .saveWith(articles);
    article("Victoire des Lions de l'Atlas").section("Sport").daysAgo(50)
        .body("Les Lions de l'Atlas ont gagné le match.").saveWith(articles);
    article("Victoire des Lions de l'Atlas").section("Sport").daysAgo(5)
        .body("Les Lions de l'Atlas ont gagné le match.").saveWith(articles);
    article("Un pari risqué pour le gouvernement").section("Maroc").daysAgo(1).saveWith(articles);
    article("Paris accueille le sommet du climat").section("Monde").daysAgo(40).saveWith(articles);
    for (int i = 1; i <= 25; i++) {
      article("Bulletin météo numéro " + i).section("Météo").topics("Climat").by("Rédaction").daysAgo(100 + i)
          .saveWith(articles);
    }
    wiring.changeFeed().catchUp();
  }

  @AfterAll
  static void close() {
    wiring.close();
  }

  static List<String> titles(SearchResults results) {
    return results.hits().items().stream().map(hit -> hit.teaser().title()).toList();
  }

  static List<String> titles(String text) {
    return titles(search.search(SearchQuery.of(text)));
  }

  @Test
  void elidedArticlesAndEitherApostropheFindTheSameArticle() {
    assertThat(titles("l'armée")).containsExactly("L’armée renforce sa présence à la frontière");
    assertThat(titles("l’armée")).containsExactly("L’armée renforce sa présence à la frontière");
    assertThat(titles("ARMEE")).containsExactly("L’armée renforce sa présence à la frontière");
  }

  @Test
  void accentsAreFoldedBothWays() {
    assertThat(titles("Etats-Unis")).containsExactlyInAnyOrder(
        "Les États-Unis annoncent de nouvelles sanctions", "Visite officielle aux Etats-Unis");
    assertThat(titles("États-Unis")).containsExactlyInAnyOrder(
        "Les États-Unis annoncent de nouvelles sanctions", "Visite officielle aux Etats-Unis");
  }

  @Test
  void singularFindsPluralAndTheReverseTheFormTypedFirst() {
    assertThat(titles("élection"))
        .containsExactly("Élection présidentielle au Sénégal", "Élections municipales : les résultats");
    assertThat(titles("elections"))
        .containsExactly("Élections municipales : les résultats", "Élection présidentielle au Sénégal");
  }

  @Test
  void aNameOutranksTheWordItsStemCollidesWith() {
    // The stemmer makes "Paris" and "pari" one term; the unstemmed headline field tells them apart.
    assertThat(titles("Paris")).containsExactly("Paris accueille le sommet du climat", "Un pari risqué pour le gouvernement");
    assertThat(titles("pari")).containsExactly("Un pari risqué pour le gouvernement", "Paris accueille le sommet du climat");
  }

  @Test
  void quotesAskForTheExactPhrase() {
    assertThat(titles("premier ministre")).containsExactlyInAnyOrder(
        "Le premier ministre visite la médina", "Le ministre de la santé reçoit le premier secrétaire");
    assertThat(titles("\"premier ministre\"")).containsExactly("Le premier ministre visite la médina");
    assertThat(titles("« premier ministre »")).containsExactly("Le premier ministre visite la médina");
  }

  @Test
  void matchesAreMarkedInTheTitleAndTheExcerpt() {
    SearchHit hit = search.search(SearchQuery.of("festival marrakech")).hits().items().getFirst();

    assertThat(hit.title().html()).isEqualTo("<mark>Marrakech</mark> accueille le <mark>festival</mark> du film");
    assertThat(hit.excerpt().hasMarks()).isTrue();
    assertThat(hit.excerpt().html()).contains("<mark>Marrakech</mark> vit au rythme");
  }

  @Test
  void snippetsAreHtmlEscaped() {
    SearchHit hit = search.search(SearchQuery.of("attijariwafa")).hits().items().getFirst();

    assertThat(hit.title().html())
        .isEqualTo("Fusion &amp; rachat : &lt;<mark>Attijariwafa</mark>&gt; au cœur des discussions");
    assertThat(hit.title().text()).isEqualTo("Fusion & rachat : <Attijariwafa> au cœur des discussions");
  }

  @Test
  void theExcerptIsTheStandfirstWhenTheBodyHasNoMatch() {
    SearchHit hit = search.search(SearchQuery.of("festival international")).hits().items().getFirst();

    assertThat(hit.excerpt().text()).isEqualTo("Le festival international ouvre ses portes.");
    assertThat(hit.excerpt().hasMarks()).isTrue();
  }

  @Test
  void facetsCountSectionsTopicsAndAuthorsOfTheResults() {
    SearchResults results = search.search(SearchQuery.of("marrakech"));

    assertThat(results.sections()).extracting(FacetCount::label, FacetCount::count, FacetCount::selected)
        .containsExactlyInAnyOrder(tuple("Culture", 1L, false), tuple("Maroc", 1L, false));
    assertThat(results.topics()).extracting(FacetCount::label, FacetCount::count)
        .containsExactly(tuple("Marrakech", 2L), tuple("Cinéma", 1L));
    assertThat(results.authors()).extracting(FacetCount::label, FacetCount::count)
        .containsExactlyInAnyOrder(tuple("S.B", 1L), tuple("I.L", 1L));
  }

  @Test
  void aFilterKeepsTheOtherValuesOfItsDimensionCounted() {
    SearchResults results = search.search(SearchQuery.of("marrakech").withSection("culture"));

    assertThat(titles(results)).containsExactly("Marrakech accueille le festival du film");
    assertThat(results.sections()).extracting(FacetCount::label, FacetCount::count, FacetCount::selected)
        .containsExactlyInAnyOrder(tuple("Culture", 1L, true), tuple("Maroc", 1L, false));
    assertThat(results.topics()).extracting(FacetCount::label).containsExactlyInAnyOrder("Marrakech", "Cinéma");
  }

  @Test
  void filtersMatchNamesWithoutCaringForCaseOrAccents() {
    assertThat(titles(search.search(SearchQuery.of("").withTopic("etats-unis"))))
        .containsExactly("Les États-Unis annoncent de nouvelles sanctions");
    assertThat(search.search(SearchQuery.of("").withAuthor("a.k")).total()).isEqualTo(2);
    assertThat(search.search(SearchQuery.of("").withSection("METEO")).total()).isEqualTo(25);
  }

  @Test
  void anUnknownFilterValueFindsNothing() {
    SearchResults results = search.search(SearchQuery.of("marrakech").withSection("Rubrique inconnue"));

    assertThat(results.total()).isZero();
    assertThat(results.hits().items()).isEmpty();
  }

  @Test
  void aDateRangeKeepsTheDaysGivenBothIncluded() {
    LocalDate threeDaysAgo = LocalDate.of(2026, 10, 29);
    SearchResults results = search.search(SearchQuery.of("").withDates(threeDaysAgo, LocalDate.of(2026, 10, 30)));

    assertThat(titles(results)).containsExactly("Élections municipales : les résultats",
        "Les États-Unis annoncent de nouvelles sanctions");
    assertThat(search.search(SearchQuery.of("").withDates(LocalDate.of(2026, 10, 30), threeDaysAgo)).total())
        .as("reversed ends").isEqualTo(2);
  }

  @Test
  void newestFirstOnRequest() {
    SearchResults results = search.search(SearchQuery.of("ministre").withOrder(SearchQuery.Order.DATE));

    assertThat(titles(results)).containsExactly("Visite officielle aux Etats-Unis",
        "Le ministre de la santé reçoit le premier secrétaire", "Le premier ministre visite la médina");
  }

  @Test
  void amongEqualMatchesTheNewestComesFirst() {
    SearchResults results = search.search(SearchQuery.of("lions atlas"));

    assertThat(results.hits().items()).extracting(hit -> hit.teaser().publishedAt())
        .containsExactly(SearchTestSupport.NOW.minus(java.time.Duration.ofDays(5)),
            SearchTestSupport.NOW.minus(java.time.Duration.ofDays(50)));
  }

  @Test
  void aMuchBetterOldMatchStillBeatsAWeakRecentOne() {
    // The 400-day-old article has the phrase in its title and body; the 60-day-old one only scattered words.
    assertThat(titles("premier ministre").getFirst()).isEqualTo("Le premier ministre visite la médina");
  }

  @Test
  void pagesSplitTheResults() {
    SearchQuery query = SearchQuery.of("bulletin meteo");
    SearchResults first = search.search(query);
    SearchResults third = search.search(query.withPage(3));

    assertThat(first.total()).isEqualTo(25);
    assertThat(first.hits().items()).hasSize(10);
    assertThat(first.hits().pageCount()).isEqualTo(3);
    assertThat(third.hits().items()).hasSize(5);
    assertThat(search.search(query.withPage(4)).hits().items()).isEmpty();
    assertThat(titles(first)).doesNotContainAnyElementsOf(titles(third));
  }

  @Test
  void aTypoStillFindsTheArticleAndProposesTheRightSpelling() {
    SearchResults results = search.search(SearchQuery.of("Marakech"));

    assertThat(titles(results)).contains("Marrakech accueille le festival du film");
    assertThat(results.didYouMean()).contains("Marrakech");
  }

  @Test
  void aTypoTheStemmerDoesNotForgiveFallsBackToNearSpellings() {
    SearchResults results = search.search(SearchQuery.of("festival Marrkech"));

    assertThat(results.approximate()).isTrue();
    assertThat(titles(results)).containsExactly("Marrakech accueille le festival du film");
    assertThat(results.didYouMean()).contains("festival Marrakech");
  }

  @Test
  void aCorrectQueryGetsNoProposal() {
    SearchResults results = search.search(SearchQuery.of("festival"));

    assertThat(results.didYouMean()).isEmpty();
    assertThat(results.approximate()).isFalse();
  }

  @Test
  void nothingTypedListsEverythingNewestFirst() {
    SearchResults results = search.search(SearchQuery.of(""));

    assertThat(results.total()).isEqualTo(38);
    assertThat(titles(results).getFirst()).isEqualTo("Un pari risqué pour le gouvernement");
  }

  @Test
  void onlyStopWordsOrPunctuationFindNothing() {
    assertThat(search.search(SearchQuery.of("le la les de")).total()).isZero();
    assertThat(search.search(SearchQuery.of("?!…")).total()).isZero();
  }

  @Test
  void suggestionsOfferHeadlinesNewestFirstAndTopics() {
    Suggestions suggestions = search.suggest("marr");

    assertThat(suggestions.titles()).extracting(teaser -> teaser.title())
        .containsExactly("Marrakech accueille le festival du film");
    assertThat(suggestions.topics()).containsExactly("Marrakech");
    assertThat(search.suggest("premier min").titles()).extracting(teaser -> teaser.title())
        .containsExactly("Le ministre de la santé reçoit le premier secrétaire", "Le premier ministre visite la médina");
    assertThat(search.suggest("premier ministre vi").titles()).extracting(teaser -> teaser.title())
        .containsExactly("Le premier ministre visite la médina");
    assertThat(search.suggest("Eta").topics()).containsExactly("États-Unis");
    assertThat(search.suggest("l’arm").titles()).hasSize(1);
  }

  @Test
  void oneLetterSuggestsNothing() {
    assertThat(search.suggest("m")).isEqualTo(Suggestions.NONE);
    assertThat(search.suggest("")).isEqualTo(Suggestions.NONE);
  }
}
