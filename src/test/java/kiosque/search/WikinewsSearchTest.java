package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Search over the 1,191 real articles of the shared Wikinews corpus, when this machine has it. */
class WikinewsSearchTest {

  @TempDir
  static Path data;

  static Wiring wiring;
  static SearchService search;
  static int loaded;

  @BeforeAll
  static void load() {
    Optional<Path> corpus = SearchTestSupport.wikinewsCorpus();
    assumeTrue(corpus.isPresent(), "Skipped: the Wikinews corpus is absent (expected ../shared/data/wikinews-fr/"
        + "articles.jsonl.gz, or set KIOSQUE_SHARED_DATA to the shared data directory)");
    wiring = SearchTestSupport.wiring(data);
    loaded = SearchTestSupport.loadCorpus(wiring.articleService(), corpus.get());
    // The index is built from the database at first opening, as it would be on a new node.
    search = SearchIndexFollowerTest.awaitRebuilt(wiring.searchService());
  }

  @AfterAll
  static void close() {
    if (wiring != null) {
      wiring.close();
    }
  }

  @Test
  void everyArticleIsIndexed() {
    assertThat(search.search(SearchQuery.of("")).total()).isEqualTo(loaded).isGreaterThan(1000);
  }

  @Test
  void accentedAndPlainCapitalsFindTheSameArticles() {
    long accented = search.search(SearchQuery.of("États-Unis")).total();

    assertThat(accented).isGreaterThan(50);
    assertThat(search.search(SearchQuery.of("Etats-Unis")).total()).isEqualTo(accented);
    assertThat(search.search(SearchQuery.of("etats unis")).total()).isEqualTo(accented);
  }

  @Test
  void bothApostrophesFindTheSameArticles() {
    long straight = search.search(SearchQuery.of("l'armée")).total();

    assertThat(straight).isGreaterThan(30);
    assertThat(search.search(SearchQuery.of("l’armée")).total()).isEqualTo(straight);
  }

  @Test
  void aTypoInANameIsCorrected() {
    SearchResults results = search.search(SearchQuery.of("Emmanuel Makron"));

    assertThat(results.didYouMean()).contains("Emmanuel Macron");
    assertThat(results.hits().items()).isNotEmpty();
    assertThat(results.hits().items().getFirst().title().text()).containsIgnoringCase("macron");
  }

  @Test
  void facetsCountTheCorpusSections() {
    SearchResults results = search.search(SearchQuery.of(""));

    assertThat(results.sections()).extracting(FacetCount::label).contains("Monde", "France", "Sport");
    assertThat(results.sections().stream().mapToLong(FacetCount::count).sum()).isEqualTo(loaded);
    assertThat(results.topics().getFirst().label()).isEqualTo("France");
  }

  @Test
  void excerptsAreShortAndMarked() {
    SearchResults results = search.search(SearchQuery.of("séisme"));

    assertThat(results.hits().items()).isNotEmpty().allSatisfy(hit -> {
      assertThat(hit.excerpt().text().length()).isLessThan(400);
      assertThat(hit.title().hasMarks() || hit.excerpt().hasMarks()).isTrue();
    });
  }

  @Test
  void suggestionsWhileTyping() {
    Suggestions suggestions = search.suggest("jeux olymp");

    assertThat(suggestions.titles()).isNotEmpty();
    assertThat(suggestions.topics()).contains("Jeux olympiques de Rio");
  }
}
