package kiosque.cli;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.testsupport.JarProcess;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An operator imports a file with the jar while the site runs on the same embedded database. */
class ImportWhileServingIT {

  @TempDir
  Path dir;

  @Test
  void articlesImportedByAnotherProcessAppearOnTheRunningSite() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Path data = dir.resolve("data");
    try (TestApp app = TestApp.start(data)) {
      app.publish(article().id("existing").title("Déjà là"));
      Path file = dir.resolve("new.jsonl");
      Files.writeString(file, """
          {"id": "ext-1", "title": "Importé pendant le service", "published_at": "2025-05-30T09:00:00+01:00", \
          "section": "Culture", "author": "N.E", "tags": ["Musique"], "summary": "Chapô.", "body": "Un paragraphe."}
          """);

      int exit = JarProcess.run(dir, "import", "--data", data.toString(), file.toString());
      app.wiring().changeFeed().catchUp();

      assertThat(exit).isZero();
      assertThat(app.page("/sujet/musique").select("li.teaser h2").eachText())
          .containsExactly("Importé pendant le service");
    }
  }
}
