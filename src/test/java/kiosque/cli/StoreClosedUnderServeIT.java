package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.config.Settings;
import kiosque.testsupport.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node whose embedded database H2 closed under it (a store failure, h2database#4383, seen once in
 * our CI) used to answer 500 to every page until someone restarted it. Now it stops with status 75,
 * which its supervisor restarts (systemd's {@code Restart=on-failure}), and the node started again
 * serves what was written. The database is closed from another process through H2's auto-server
 * with {@code SHUTDOWN IMMEDIATELY}: nothing more is written, as in a failure.
 */
class StoreClosedUnderServeIT {

  private static final Pattern ARTICLE = Pattern.compile("href=\"(/\\d{4}/\\d\\d/\\d\\d/[^\"]+)\"");

  @TempDir
  Path dir;

  @Test
  void aNodeWhoseDatabaseClosesUnderItStopsForItsSupervisorAndServesAgainOnceStarted() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    int port = JarProcess.freePort();
    String site = "http://localhost:" + port;
    String article;
    JarProcess node = JarProcess.start(dir, "serve", "--demo", "--data", data.toString(), "--port", String.valueOf(port));
    try (node) {
      Matcher link = ARTICLE.matcher(node.awaitPage(site + "/"));
      assertThat(link.find()).as("an article on the demo's home page").isTrue();
      article = link.group(1);
      assertThat(status(site + article)).isEqualTo(200);
      // A quiet node: its connections unused for longer than the half second after which the pool
      // used to check them and open the database again in this process, before any statement met it.
      LockSupport.parkNanos(Duration.ofSeconds(2).toNanos());

      try (Connection other = DriverManager.getConnection(Settings.h2Url(data), "sa", "")) {
        other.createStatement().execute("shutdown immediately");
      } catch (SQLException closedUnderTheStatement) {
        // H2 closes the database under the very statement that asked it to.
      }
      // The node's next read meets the closed database (the page, or a background loop's first).
      status(site + article);

      assertThat(node.awaitExit()).as("exit status: %s", node.output()).isEqualTo(ServeCommand.STORE_CLOSED);
      String log = node.output();
      assertThat(log).contains("The embedded database was closed under the site").contains("Kiosque stopped");
    }

    // Started again, as its supervisor does: H2 opens the file, and the article is there.
    JarProcess again = JarProcess.start(dir, "serve", "--data", data.toString(), "--port", String.valueOf(port));
    try (again) {
      again.awaitPage(site + "/");
      assertThat(status(site + article)).isEqualTo(200);
      assertThat(again.stop()).as("a normal stop after the restart").isZero();
    }
  }

  /** The status of a GET, or 0 when nothing answers (the node already stopping). */
  private static int status(String url) throws InterruptedException {
    try {
      return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (java.io.IOException stopped) {
      return 0;
    }
  }
}
