package kiosque.related;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TopicSuggesterTest {

  @TempDir
  static Path data;

  static Wiring wiring;
  static RelatedService related;

  @BeforeAll
  static void publish() {
    wiring = SearchTestSupport.wiring(data);
    related = wiring.relatedService();
    assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !wiring.searchService().isRebuilding()))
        .isTrue();
    String[] water = {
        "Le barrage Youssef Ben Tachfine est presque vide : la sécheresse menace les orangers du Souss.",
        "Les agriculteurs du Souss réclament l'irrigation des orangers malgré la sécheresse.",
        "La sécheresse vide les barrages : l'eau potable est coupée la nuit dans le Souss."};
    for (int i = 0; i < water.length; i++) {
      article("Sécheresse dans le Souss, épisode " + (i + 1)).topics("Eau", "Agriculture").body(water[i])
          .saveWith(wiring.articleService());
    }
    article("Tourisme : Agadir attend un été record").topics("Agadir", "Tourisme")
        .body("Les hôtels d'Agadir affichent complet pour l'été.").saveWith(wiring.articleService());
    article("Le Raja remporte le derby").topics("Football")
        .body("Le Raja de Casablanca bat le Wydad au stade Mohammed-V.").saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
  }

  @AfterAll
  static void close() {
    wiring.close();
  }

  private static final String TITLE = "Agadir rationne l'eau potable";
  private static final String BODY = "<p>La sécheresse vide le barrage Youssef Ben Tachfine. La maire, Nadia Benali, "
      + "annonce des coupures d'eau potable la nuit à Agadir.</p><p>Nadia Benali demande aux agriculteurs du Souss "
      + "d'économiser l'eau des orangers.</p>";

  @Test
  void suggestsTheTopicsOfSimilarArticlesAndTheTopicsTheTextNames() {
    TopicSuggestions suggestions = related.suggestTopics(TITLE, BODY);

    assertThat(suggestions.existing()).extracting(TopicSuggestions.Existing::name)
        .contains("Eau", "Agriculture", "Agadir").doesNotContain("Football");
    assertThat(suggestions.existing()).filteredOn(t -> t.name().equals("Agadir"))
        .extracting(TopicSuggestions.Existing::reason).containsExactly("nommé dans le texte");
    assertThat(suggestions.existing()).filteredOn(t -> t.name().equals("Eau"))
        .extracting(TopicSuggestions.Existing::reason).first().asString().startsWith("sujet de").contains("articles proches");
  }

  @Test
  void proposesTheNamesTheTextMentionsMostThatAreNoTopicYet() {
    TopicSuggestions suggestions = related.suggestTopics(TITLE, BODY);

    assertThat(suggestions.candidates()).extracting(TopicSuggestions.NewTopic::name)
        .startsWith("Nadia Benali").contains("Youssef Ben Tachfine", "Souss").doesNotContain("Agadir");
    assertThat(suggestions.candidates().getFirst().mentions()).isEqualTo(2);
  }

  @Test
  void anEmptyDraftGetsNoSuggestions() {
    TopicSuggestions suggestions = related.suggestTopics("", "");

    assertThat(suggestions.existing()).isEmpty();
    assertThat(suggestions.candidates()).isEmpty();
  }
}
