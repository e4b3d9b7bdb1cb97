package kiosque.cache;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Article, home and listing pages, feeds and sitemaps are written into their request thread's
 * buffer and sent from it (issue 15): the cache keeps a copy of its own, which the thread's next
 * pages do not write over, and with the cache off every page is sent whole, with the length and
 * ETag of its own bytes.
 */
class LentPagesIT {

  @TempDir
  Path dir;
  final HttpClient http = HttpClient.newHttpClient();

  private HttpResponse<byte[]> get(TestApp app, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  private static List<String> publishSome(TestApp app) {
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      // Pages of different lengths, so that a page written over by a later one shows.
      paths.add(app.pathOf(app.publish(article().title("Page prêtée numéro " + i)
          .body("<p>" + "Une phrase de l’article. ".repeat(20 + 40 * i) + "</p>"))));
    }
    return paths;
  }

  /** Pages of every kind written into the thread's buffer, none of them an article. */
  private static final List<String> OTHERS = List.of("/", "/rss.xml", "/atom.xml", "/sitemap.xml",
      "/sitemaps/rubriques.xml");

  @Test
  void aCachedPageIsTheCachesOwnCopyNotWrittenOverByTheThreadsNextPages() throws Exception {
    try (TestApp app = TestApp.start(dir)) {
      List<String> paths = new ArrayList<>(publishSome(app));
      paths.addAll(OTHERS);
      List<byte[]> misses = new ArrayList<>();
      for (String path : paths) {
        HttpResponse<byte[]> miss = get(app, path);
        assertThat(miss.headers().firstValue("X-Cache")).contains("miss");
        misses.add(miss.body());
      }
      for (int round = 0; round < 2; round++) {
        for (int i = 0; i < paths.size(); i++) {
          HttpResponse<byte[]> hit = get(app, paths.get(i));
          assertThat(hit.headers().firstValue("X-Cache")).contains("hit");
          assertThat(hit.body()).as(paths.get(i)).isEqualTo(misses.get(i));
          assertThat(hit.headers().firstValue("Content-Length")).contains(String.valueOf(misses.get(i).length));
        }
      }
    }
  }

  @Test
  void withTheCacheOffEachPageIsSentWholeWithItsOwnLengthAndEtag() throws Exception {
    try (TestApp app = TestApp.start(dir, Map.of("KIOSQUE_CACHE_MB", "0"))) {
      List<String> articles = publishSome(app);
      List<String> paths = new ArrayList<>(articles);
      paths.addAll(OTHERS);
      List<HttpResponse<byte[]>> first = new ArrayList<>();
      for (String path : paths) {
        first.add(get(app, path));
      }
      for (int i = paths.size() - 1; i >= 0; i--) {
        HttpResponse<byte[]> again = get(app, paths.get(i));
        byte[] body = again.body();
        assertThat(body).as(paths.get(i)).isEqualTo(first.get(i).body());
        if (i < articles.size()) {
          assertThat(new String(body, java.nio.charset.StandardCharsets.UTF_8)).contains("Page prêtée numéro " + i)
              .contains("</html>");
        }
        assertThat(again.headers().firstValue("Content-Length")).contains(String.valueOf(body.length));
        assertThat(again.headers().firstValue("ETag")).contains(PageCaching.etag(body));
      }
    }
  }
}
