package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import kiosque.config.Settings;
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
    try (Connection db = DriverManager.getConnection(Settings.h2Url(dir.resolve("data")), "sa", "");
        ResultSet leases = db.createStatement().executeQuery("select count(*) from node_lease")) {
      leases.next();
      assertThat(leases.getLong(1)).as("the related-lists lease given back, not left to expire").isZero();
    }
    String log = server.output();
    assertThat(log).contains("Kiosque is serving").contains("Kiosque stopped");
    assertThat(log.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception")))
        .as("warnings or stack traces in the log of a normal stop:%n%s", log).isEmpty();
  }
}
