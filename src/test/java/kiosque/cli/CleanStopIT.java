package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
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
      server.awaitPage("http://localhost:" + port + "/");
      server.stop();
    }
    String log = server.output();
    assertThat(log).contains("Kiosque is serving").contains("Kiosque stopped");
    assertThat(log.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception")))
        .as("warnings or stack traces in the log of a normal stop:%n%s", log).isEmpty();
  }
}
