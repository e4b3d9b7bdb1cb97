package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.HomePage;
import kiosque.testsupport.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's way: {@code kiosque backup} as its own process beside a running server (joining
 * its H2 database), then the restored directory served by a new process, search index rebuilt.
 */
class BackupBesideServerIT {

  @TempDir
  Path dir;

  @Test
  void aBackupOfARunningSiteServesTheSameHomePageOnceRestored() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    Path file = dir.resolve("sauvegarde.zip");
    List<String> headlines;
    int port = JarProcess.freePort();
    try (JarProcess server = JarProcess.start(dir, "serve", "--demo", "--data", data.toString(),
        "--port", String.valueOf(port))) {
      headlines = HomePage.latestHeadlines(server.awaitPage("http://localhost:" + port + "/"));

      assertThat(JarProcess.run(dir, "backup", "--data", data.toString(), file.toString())).isZero();
      assertThat(server.isAlive()).as("the server keeps serving").isTrue();
    }

    Path restored = dir.resolve("restored");
    CliRun restore = CliRun.of("restore", "--data", restored.toString(), file.toString());
    assertThat(restore.exitCode()).as(restore.err()).isZero();

    int again = JarProcess.freePort();
    try (JarProcess server = JarProcess.start(dir, "serve", "--data", restored.toString(),
        "--port", String.valueOf(again))) {
      assertThat(HomePage.latestHeadlines(server.awaitPage("http://localhost:" + again + "/"))).isEqualTo(headlines).isNotEmpty();
    }
  }
}
