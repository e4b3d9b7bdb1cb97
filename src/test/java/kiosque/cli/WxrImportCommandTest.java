package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque import --format wxr} as an operator runs it. */
class WxrImportCommandTest {

  @TempDir
  Path dir;

  Path resource(String name) throws IOException {
    Path file = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream("/imports/wxr/" + name)) {
      Files.copy(in, file);
    }
    return file;
  }

  CliRun importWxr(Path file, String... options) {
    String[] args = new String[options.length + 6];
    args[0] = "import";
    args[1] = "--data";
    args[2] = dir.resolve("data").toString();
    args[3] = "--format";
    args[4] = "WXR";
    System.arraycopy(options, 0, args, 5, options.length);
    args[args.length - 1] = file.toString();
    return CliRun.of(args);
  }

  @Test
  void drawsTheBarCountingItemsAndWritesTheFeaturedImages() throws IOException {
    Path images = dir.resolve("images.tsv");

    CliRun run = importWxr(resource("lequotidien.xml"), "--progress", "--lead-images", images.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Import", "100%", "10 éléments");
    assertThat(Files.readAllLines(images)).containsExactly(
        "wp-lequotidien-atlas.ma-101\thttps://www.lequotidien-atlas.ma/wp-content/uploads/2021/01/al-massira.jpg"
            + "\tLe barrage Al Massira, presque à sec");
  }

  @Test
  void postsThatCannotBeImportedExitWithOne() throws IOException {
    CliRun run = importWxr(resource("articles-defectueux.xml"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("ligne "));
    assertThat(run.out()).startsWith("Importé : 2 créés, 0 mis à jour, 0 inchangé, 2 en échec");
  }

  @Test
  void aTruncatedExportExitsWithTwoAfterSayingWhatWentIn() throws IOException {
    Path file = resource("export-tronque.xml");

    CliRun run = importWxr(file);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).startsWith("Importé : 2 créés, 0 mis à jour, 0 inchangé, 0 en échec");
    assertThat(run.err()).startsWith("kiosque : impossible de lire " + file + " : line ").contains("the XML is malformed")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }
}
