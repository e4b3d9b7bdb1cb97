package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Cases found while building the import: each once slipped past the service. */
@BothDatabases
class ArticleServiceEdgeCasesTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  Wiring wiring;
  ArticleService service;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir, db);
    service = wiring.articleService();
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  static ArticleDraft draft(String id, String section, List<String> bylines, List<String> topics, String source,
      List<String> legacyPaths) {
    return new ArticleDraft(id, null, "Titre", "", "Corps", section, bylines, topics, ArticleStatus.PUBLISHED,
        Instant.parse("2016-01-01T12:00:00Z"), source, null, legacyPaths);
  }

  static ArticleDraft withBylines(List<String> bylines) {
    return draft("a", "Monde", bylines, List.of(), null, List.of());
  }

  @Test
  void seesAChangeWhereOnlyTheSplitOfAListMoved() {
    service.save(withBylines(List.of("Ali, Sara")));

    assertThat(service.save(withBylines(List.of("Ali", "Sara"))).kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
    assertThat(ArticleService.hash(draft("a", null, List.of(), List.of(), null, List.of())))
        .isNotEqualTo(ArticleService.hash(draft("a", "null", List.of(), List.of(), null, List.of())));
    assertThat(ArticleService.hash(draft("a", null, List.of("x"), List.of(), null, List.of())))
        .isNotEqualTo(ArticleService.hash(draft("a", null, List.of(), List.of("x"), null, List.of())));
  }

  @Test
  void refusesValuesLongerThanTheirColumnsWithAMessage() {
    String longName = "Économie ".repeat(30);

    assertThatThrownBy(() -> service.save(draft("a", longName, List.of(), List.of(), null, List.of())))
        .isInstanceOf(InvalidContentException.class)
        .hasMessageStartingWith("section is longer than 200 characters: \"Économie Économie");
    assertThatThrownBy(() -> service.save(draft("a", "Monde", List.of(longName), List.of(), null, List.of())))
        .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("author is longer than 200 characters");
    assertThatThrownBy(() -> service.save(draft("a", "Monde", List.of(), List.of(longName), null, List.of())))
        .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("topic name is longer than 200 characters");
    assertThatThrownBy(() -> service.save(draft("x".repeat(301), "Monde", List.of(), List.of(), null, List.of())))
        .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("id is longer than 300 characters");
    assertThatThrownBy(() -> service.save(draft("a", "Monde", List.of(), List.of(), longName + longName, List.of())))
        .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("source is longer than 300 characters");
    assertThatThrownBy(() -> service.save(draft("a", "Monde", List.of(), List.of(), null, List.of("/" + "p".repeat(2000)))))
        .isInstanceOf(InvalidContentException.class).hasMessageStartingWith("legacy URL is longer than 2000 characters");
    assertThat(TestDatabases.rows(wiring, "article") + TestDatabases.rows(wiring, "section")).isZero();
  }

  @Test
  void keepsTheSiteRootAndNonWebAddressesOutOfLegacyPaths() {
    assertThatThrownBy(() -> LegacyPaths.normalize("https://ancien.example.com/"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("legacy URL \"https://ancien.example.com/\" is the old site's home page, not an article");
    assertThatThrownBy(() -> LegacyPaths.normalize("https://ancien.example.com"))
        .isInstanceOf(InvalidContentException.class);
    assertThatThrownBy(() -> LegacyPaths.normalize("mailto:redaction@example.com"))
        .isInstanceOf(InvalidContentException.class)
        .hasMessage("legacy URL \"mailto:redaction@example.com\" is not a web address");
    assertThat(LegacyPaths.normalize("/?p=123")).isEqualTo("/?p=123");
    assertThat(LegacyPaths.normalize("https://ancien.example.com/2016/01/a.html#haut")).isEqualTo("/2016/01/a.html");
  }
}
