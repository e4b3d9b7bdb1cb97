package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.LockSupport;
import kiosque.testsupport.JarProcess;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's run command, through the packaged jar: a fresh directory fills with the demo paper. */
class ServeDemoIT {

  @TempDir
  Path dir;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void serveDemoStartsAPaperWithTheDemoArticles() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    int port = JarProcess.freePort();
    try (JarProcess server = JarProcess.start(dir, "serve", "--demo", "--data", dir.resolve("data").toString(),
        "--port", String.valueOf(port))) {
      String home = awaitPage(server, "http://localhost:" + port + "/");
      Document page = Jsoup.parse(home);

      assertThat(page.select("section.latest li.teaser")).hasSizeGreaterThanOrEqualTo(10);
      assertThat(page.select("section.section-block > h2")).hasSizeGreaterThanOrEqualTo(5);
      String firstArticle = page.selectFirst("section.latest li.teaser a").attr("href");
      Document article = Jsoup.parse(awaitPage(server, "http://localhost:" + port + firstArticle));
      assertThat(article.select("h1")).hasSize(1);
      assertThat(article.selectFirst(".dateline").text()).contains(" - Ecrit par : ");
      assertThat(article.select("section.go-further li")).hasSize(4);
    }
  }

  private String awaitPage(JarProcess server, String url) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped: " + server.output());
      }
      try {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).build(),
            HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return response.body();
        }
      } catch (java.net.ConnectException notYetListening) {
        // The server is still starting: ask again.
      }
      // Polling another process: nothing to wait on but time, so pause briefly between asks.
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError("no answer from " + url + " within 60 s: " + server.output());
  }
}
