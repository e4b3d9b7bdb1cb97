package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.ArticleService;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ranking a French reader trusts (issue 12), on a corpus built so that each rule has something to
 * beat: in every pair the article that should lose is fresher, or repeats the stem more, so only the
 * rule under test can put the right one first.
 */
class SearchRankingTest {

  @TempDir
  static Path data;

  static Wiring wiring;
  static SearchService search;

  @BeforeAll
  static void publish() {
    wiring = SearchTestSupport.wiring(data);
    search = SearchIndexFollowerTest.awaitRebuilt(wiring.searchService());
    ArticleService articles = wiring.articleService();
    article("Équipements : de nouveaux équipements pour les hôpitaux").section("France").daysAgo(1)
        .body("Les équipements médicaux arrivent. Ces équipements coûtent cher.").saveWith(articles);
    article("Football : qualification attendue à Rabat").section("Sport").daysAgo(20)
        .body("L'équipe a joué samedi.").saveWith(articles);
    article("Le Maroc et la Tunisie signent un accord").section("Monde").daysAgo(2)
        .body("Le Maroc renforce ses liens avec la Tunisie. Le Maroc y voit un marché.").saveWith(articles);
    article("Un athlète médaillé à Rio").section("Sport").daysAgo(40)
        .body("Le boxeur marocain a remporté le bronze.").saveWith(articles);
    article("Journée chargée à l'Assemblée").section("France").daysAgo(3)
        .body("Le travail des commissions a porté sur une autre loi, celle des finances, et sur le budget.")
        .saveWith(articles);
    article("Manifestation à Nantes").section("France").daysAgo(30)
        .body("Les opposants à la loi travail ont défilé dans le centre-ville sous la pluie.").saveWith(articles);
    article("Bulletin régional de la semaine").section("France").daysAgo(2)
        .body("Une tempête a touché la côte, puis le calme est revenu sur la région.").saveWith(articles);
    article("Tempête sur la Bretagne").section("France").daysAgo(25)
        .body("Des rafales ont été mesurées à Brest et les ports sont fermés.").saveWith(articles);
    // Vocabulary for "Vouliez-vous dire": "trop" is more common here than "Trump", as in any French archive.
    for (int i = 1; i <= 4; i++) {
      article("Chronique numéro " + i).section("Culture").daysAgo(50 + i)
          .body("Il fait trop chaud pour sortir.").saveWith(articles);
    }
    for (int i = 1; i <= 3; i++) {
      article("Washington, épisode " + i).section("Monde").daysAgo(60 + i)
          .body("Donald Trump a parlé à la presse.").saveWith(articles);
    }
    article("Port de Casablanca").section("Monde").daysAgo(70)
        .body("Le port de Casablanca s'agrandit.").saveWith(articles);
    for (int i = 1; i <= 3; i++) {
      article("Conseil des ministres " + i).section("France").daysAgo(80 + i)
          .body("Le gouvernement a présenté son plan.").saveWith(articles);
    }
    article("Sommet européen").section("Monde").daysAgo(90)
        .body("Les gouvernements européens se sont réunis.").saveWith(articles);
    // A singular headline must not lose to plurals in the text: the exact form ignores the plural.
    article("Une exoplanète découverte").section("Sciences").daysAgo(100)
        .body("Les astronomes l'ont vue passer devant son étoile.").saveWith(articles);
    article("Bulletin des sciences").section("Sciences").daysAgo(5)
        .body("Des exoplanètes, encore des exoplanètes.").saveWith(articles);
    wiring.changeFeed().catchUp();
  }

  @AfterAll
  static void close() {
    wiring.close();
  }

  private static List<String> titles(String text) {
    return search.search(SearchQuery.of(text)).hits().items().stream().map(hit -> hit.teaser().title()).toList();
  }

  private static String proposal(String text) {
    return search.search(SearchQuery.of(text)).didYouMean().orElse("(none)");
  }

  @Test
  void theExactWordRanksAboveWordsSharingItsStem() {
    assertThat(titles("l'équipe")).first().isEqualTo("Football : qualification attendue à Rabat");
    assertThat(titles("l’équipe")).contains("Équipements : de nouveaux équipements pour les hôpitaux");
  }

  @Test
  void anAdjectiveRanksItsOwnFormAboveTheNounItComesFrom() {
    assertThat(titles("marocain")).first().isEqualTo("Un athlète médaillé à Rio");
  }

  @Test
  void wordsTypedTogetherRankWhereTheyStandTogether() {
    assertThat(titles("loi travail")).containsExactly("Manifestation à Nantes", "Journée chargée à l'Assemblée");
  }

  @Test
  void aHeadlineMatchRanksAboveATextMatch() {
    assertThat(titles("tempête")).containsExactly("Tempête sur la Bretagne", "Bulletin régional de la semaine");
  }

  @Test
  void aQuestionFindsItsAnswerThoughTheArticleUsesOtherVerbs() {
    assertThat(titles("pourquoi les opposants manifestent contre la loi travail ?")).first()
        .isEqualTo("Manifestation à Nantes");
  }

  @Test
  void aPluralInTheTextDoesNotOutrankTheSingularInAHeadline() {
    assertThat(titles("exoplanètes")).containsExactly("Une exoplanète découverte", "Bulletin des sciences");
  }

  @Test
  void aSlipStillFindsTheArticlesOfTheWordMeant() {
    SearchResults results = search.search(SearchQuery.of("gouvernment"));

    assertThat(results.approximate()).isTrue();
    assertThat(results.hits().items()).extracting(hit -> hit.teaser().title())
        .contains("Conseil des ministres 1", "Conseil des ministres 2", "Conseil des ministres 3");
  }

  @Test
  void theProposalIsTheLikelyWordNotJustAnyNearOne() {
    assertThat(proposal("Trmp")).isEqualTo("Trump");
    assertThat(proposal("Casablnca")).isEqualTo("Casablanca");
    assertThat(proposal("gouvernment")).isEqualTo("gouvernement");
  }
}
