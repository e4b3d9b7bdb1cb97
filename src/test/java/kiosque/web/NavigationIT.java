package kiosque.web;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The masthead's sections are held in memory ({@link Navigation}): a section born with an article
 * shows on every page at once, cached pages included, without waiting for the sections to age.
 */
class NavigationIT {

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static List<String> sections(String path) {
    return app.page(path).select("header.masthead nav a").eachText();
  }

  @Test
  void aNewSectionShowsAtOnceOnPagesRenderedAndCachedBefore() {
    long first = app.publish(article().title("Le barrage d'Agadir à 10 %").section("Maroc")
        .publishedAt("2025-05-20T10:00:00Z"));
    String path = app.pathOf(first);
    assertThat(sections(path)).contains("Maroc").doesNotContain("Sport");
    assertThat(sections(path)).as("served again, from the page cache").contains("Maroc").doesNotContain("Sport");

    app.publish(article().title("Le Raja gagne la coupe").section("Sport").publishedAt("2025-05-21T10:00:00Z"));

    assertThat(sections(path)).contains("Maroc", "Sport");
    assertThat(sections("/")).contains("Maroc", "Sport");
  }
}
