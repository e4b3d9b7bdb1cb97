package kiosque.changes;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;
import kiosque.search.SearchQuery;
import kiosque.search.SearchService;
import kiosque.testsupport.Await;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One node on the embedded database: from the save to the article on its page, the home page,
 * the feeds and in search, with the page cache warm (what readers had cached must go). Under a
 * second; the measured times are printed.
 */
class PublishToVisibleIT {

  @TempDir
  Path dir;

  @Test
  void aSavedArticleIsEverywhereOnItsNodeWithinASecond() {
    try (TestApp app = TestApp.start(dir)) {
      app.publish(article().title("Déjà là").topics("Séismes"));
      SearchService search = app.wiring().searchService();
      Await.until("the index is ready", Duration.ofSeconds(30), () -> !search.isRebuilding());
      for (String warm : new String[] {"/", "/rss.xml", "/sujet/seismes/atom.xml"}) {
        app.get(warm);
      }

      String title = "Réplique ressentie à Al Hoceïma";
      long started = System.nanoTime();
      long id = app.wiring().articleService().save(article().title(title).topics("Séismes").build()).articleId();
      String path = app.pathOf(id);

      Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
      checks.put("article page", () -> app.get(path).statusCode() == 200);
      checks.put("home page", () -> app.get("/").body().contains(title));
      checks.put("site feed", () -> app.get("/rss.xml").body().contains(title));
      checks.put("topic feed", () -> app.get("/sujet/seismes/atom.xml").body().contains(title));
      checks.put("search", () -> search.search(SearchQuery.of("replique hoceima")).total() == 1);
      Map<String, Duration> seenAfter = new LinkedHashMap<>();
      Await.until("the article is everywhere", Duration.ofSeconds(1), () -> {
        checks.forEach((what, check) -> {
          if (!seenAfter.containsKey(what) && check.getAsBoolean()) {
            seenAfter.put(what, Duration.ofNanos(System.nanoTime() - started));
          }
        });
        return seenAfter.size() == checks.size();
      });
      System.out.println("Saved on this node, visible after: " + seenAfter);
      assertThat(seenAfter).hasSize(checks.size());
    }
  }
}
