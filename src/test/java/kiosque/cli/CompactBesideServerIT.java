package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import kiosque.testsupport.HomePage;
import kiosque.testsupport.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosque compact} as an operator runs it: refused while the site is served (it would need
 * the database to itself), done once the site is stopped, and the site serves the same pages after.
 */
class CompactBesideServerIT {

  @TempDir
  Path dir;

  @Test
  void aServedSiteIsLeftAloneAndAStoppedOneIsCompactedAndServesTheSamePages() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    List<String> headlines;
    int port = JarProcess.freePort();
    try (JarProcess server = JarProcess.start(dir, "serve", "--demo", "--data", data.toString(),
        "--port", String.valueOf(port))) {
      headlines = HomePage.latestHeadlines(server.awaitPage("http://localhost:" + port + "/"));

      JarProcess refused = JarProcess.start(dir, "compact", "--data", data.toString());
      assertThat(refused.awaitExit()).isEqualTo(CompactCommand.REFUSED);
      assertThat(refused.output()).contains("kiosque : la base de " + data.toAbsolutePath()
          + " est ouverte par un autre processus (le site est-il servi ?)");
      assertThat(server.isAlive()).as("the served site is left alone").isTrue();
      assertThat(HomePage.latestHeadlines(server.awaitPage("http://localhost:" + port + "/"))).isEqualTo(headlines);
    }

    JarProcess compact = JarProcess.start(dir, "compact", "--data", data.toString());
    assertThat(compact.awaitExit()).as(compact.output()).isZero();
    assertThat(compact.output()).containsPattern("Base de " + java.util.regex.Pattern.quote(data.toAbsolutePath()
        .toString()) + " compactée : [\\d\\h,]+ Mo → [\\d\\h,]+ Mo en [\\d,]+ s");

    int again = JarProcess.freePort();
    try (JarProcess server = JarProcess.start(dir, "serve", "--data", data.toString(), "--port", String.valueOf(again))) {
      assertThat(HomePage.latestHeadlines(server.awaitPage("http://localhost:" + again + "/"))).isEqualTo(headlines).isNotEmpty();
    }
  }
}
