package kiosque.cli;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque export} through the real command line. */
class ExportCommandTest {

  @TempDir
  Path dir;

  String data;

  @BeforeEach
  void importTwoArticles() {
    data = dir.resolve("data").toString();
    Path file = ImportFiles.write(dir.resolve("in.jsonl"), article("a"), article("b"));
    assertThat(CliRun.of("import", "--data", data, file.toString()).exitCode()).isZero();
  }

  @Test
  void writesEveryArticleToAFileAndCountsThemInFrench() throws IOException {
    Path out = dir.resolve("export.jsonl");

    CliRun run = CliRun.of("export", "--data", data, out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEqualTo("Exporté : 2 articles" + System.lineSeparator());
    assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(line -> assertThat(line).startsWith("{\"id\":\""));
    assertThat(Files.list(dir)).extracting(p -> p.getFileName().toString())
        .containsExactlyInAnyOrder("data", "in.jsonl", "export.jsonl");
  }

  @Test
  void writesToStandardOutputForADash() {
    PrintStream stdout = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));

      CliRun run = CliRun.of("export", "--data", data, "-");

      assertThat(run.exitCode()).isZero();
    } finally {
      System.setOut(stdout);
    }
    assertThat(captured.toString(StandardCharsets.UTF_8).lines()).hasSize(2);
  }

  @Test
  void theExportReadsBackIntoAnEmptySite() throws IOException {
    Path out = dir.resolve("export.jsonl");
    CliRun.of("export", "--data", data, out.toString());

    CliRun reimport = CliRun.of("import", "--data", dir.resolve("copy").toString(), out.toString());
    Path again = dir.resolve("again.jsonl");
    CliRun.of("export", "--data", dir.resolve("copy").toString(), again.toString());

    assertThat(reimport.out()).startsWith("Importé : 2 créés, 0 mis à jour, 0 inchangé, 0 en échec");
    assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
  }

  @Test
  void countsThemInEnglishWhenTheSiteDoes() throws IOException {
    Files.writeString(Path.of(data).resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun run = CliRun.of("export", "--data", data, dir.resolve("export.jsonl").toString());
    CliRun folder = CliRun.of("export", "--data", data, dir.toString());

    assertThat(run.err()).isEqualTo("Exported: 2 articles" + System.lineSeparator());
    assertThat(folder.err()).isEqualTo("kiosque: cannot write " + dir + ": it is a directory" + System.lineSeparator());
  }

  @Test
  void aFolderThatDoesNotExistExitsWithTwoAndLeavesNothing() {
    CliRun run = CliRun.of("export", "--data", data, dir.resolve("nowhere/export.jsonl").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("impossible d’écrire").contains("le dossier " + dir.resolve("nowhere") + " n’existe pas").doesNotContain("Exception");
  }

  @Test
  void drawsAProgressBarWhenAskedTo() {
    CliRun run = CliRun.of("export", "--data", data, "--progress", dir.resolve("e.jsonl").toString());

    assertThat(run.err()).contains("Export", "100%").contains("Exporté : 2 articles");
  }
}
