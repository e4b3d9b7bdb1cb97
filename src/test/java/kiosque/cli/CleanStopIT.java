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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stopped the way a service manager stops it (SIGTERM) closes its parts in order and logs
 * no warning: no stack trace from a database closed under the background work.
 */
class CleanStopIT {

  @TempDir
  Path dir;

  @Test
  void sigtermStopsTheServerWithoutAWarning() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    int port = JarProcess.freePort();
    JarProcess server = JarProcess.start(dir, "serve", "--demo", "--data", dir.resolve("data").toString(),
        "--port", String.valueOf(port));
    try (server) {
      awaitHome(server, "http://localhost:" + port + "/");
      server.stop();
    }
    String log = server.output();
    assertThat(log).contains("Kiosque is serving").contains("Kiosque stopped");
    assertThat(log.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception")))
        .as("warnings or stack traces in the log of a normal stop:%n%s", log).isEmpty();
  }

  private static void awaitHome(JarProcess server, String url) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
    while (Instant.now().isBefore(deadline)) {
      if (!server.isAlive()) {
        throw new AssertionError("the server stopped: " + server.output());
      }
      try {
        if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode() == 200) {
          return;
        }
      } catch (java.net.ConnectException notYetListening) {
        // Still starting: ask again.
      }
      // Polling another process: nothing to wait on but time, so pause briefly between asks.
      LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
    }
    throw new AssertionError("no answer from " + url + " within 60 s: " + server.output());
  }
}
