package kiosque.search;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever a reader types, the search answers normally: results or none, never an exception. */
class HostileQueriesTest {

  @TempDir
  static Path data;

  static Wiring wiring;
  static SearchService search;

  @BeforeAll
  static void publish() {
    wiring = SearchTestSupport.wiring(data);
    search = SearchIndexFollowerTest.awaitRebuilt(wiring.searchService());
    article("Le titre : (entre parenthèses) AND OR NOT * ?").topics("Société").saveWith(wiring.articleService());
    article("Marrakech sous la chaleur").topics("Climat").saveWith(wiring.articleService());
    wiring.changeFeed().catchUp();
  }

  @AfterAll
  static void close() {
    wiring.close();
  }

  static Stream<String> inputs() {
    Random random = new Random(42);
    String tenKilobytesOfWords = IntStream.range(0, 2_000).mapToObj(i -> "mot" + random.nextInt(5_000))
        .collect(Collectors.joining(" "));
    String tenKilobytesOfNoise = random.ints(10_000, 0x20, 0x2FFF).mapToObj(Character::toString)
        .collect(Collectors.joining());
    return Stream.of("", " ", "\t\n", "title:(", "title:(marrakech", "*", "?", "*:*", "marr*", "~", "marrakech~2",
        "AND OR NOT", "NOT marrakech", "+ - && || ! ( ) { } [ ] ^ \" ~ * ? : \\ /", "\"", "\"\"\"", "\"marrakech",
        "« »", "(((((((((((", ")))))", "[1 TO 5]", "{a TO b}", "a^3", "body:/.*/", "/regex[/", "\\", "\u0000",
        "\uD83D\uDE00\uD83D\uDE00", "\uD83D", "مراكش", "l'", "l’", "qu’", "....", "----", "le la les",
        "marrakech".repeat(1_200), tenKilobytesOfWords, tenKilobytesOfNoise, "\"" + tenKilobytesOfWords + "\"",
        "\"a\" \"b\" \"c d\" \"e f\" \"g h\" \"i j\" \"k l\"");
  }

  @ParameterizedTest
  @MethodSource("inputs")
  void anyTextGetsAnOrdinaryAnswer(String text) {
    SearchResults results = search.search(SearchQuery.of(text));

    assertThat(results.total()).isGreaterThanOrEqualTo(0);
    assertThat(results.hits().items().size()).isLessThanOrEqualTo(SearchQuery.DEFAULT_PAGE_SIZE);
    assertThat(search.suggest(text)).isNotNull();
  }

  @Test
  void syntaxIsOnlyPunctuation() {
    assertThat(search.search(SearchQuery.of("(marrakech)")).total()).isEqualTo(1);
    assertThat(search.search(SearchQuery.of("marrakech*")).total()).isEqualTo(1);
    assertThat(search.search(SearchQuery.of("chaleur:marrakech")).total()).as("a colon separates words").isEqualTo(1);
    assertThat(search.search(SearchQuery.of("marrakech AND")).total()).isEqualTo(1);
    assertThat(search.search(SearchQuery.of("*")).total()).isZero();
  }

  @Test
  void absurdPagesFiltersAndDatesAnswerToo() {
    SearchQuery query = new SearchQuery("marrakech", null, "'; drop table article; --", "\u0000", "%",
        LocalDate.MIN, LocalDate.MAX, Integer.MAX_VALUE, Integer.MAX_VALUE);
    assertThat(search.search(query).hits().items()).isEmpty();
    assertThat(search.search(SearchQuery.of("marrakech").withPage(Integer.MAX_VALUE)).hits().items()).isEmpty();
    assertThat(search.search(SearchQuery.of("marrakech").withDates(LocalDate.MIN, LocalDate.MAX)).total()).isEqualTo(1);
    assertThat(search.search(SearchQuery.of("marrakech").withDates(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))).total())
        .isEqualTo(1);
    assertThat(search.search(new SearchQuery(null, null, null, null, null, null, null, -5, -5)).total()).isEqualTo(2);
  }
}
