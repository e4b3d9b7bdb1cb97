package kiosque.cli;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import kiosque.Wiring;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque import} run through the real command line, as an operator would. */
class ImportCommandTest {

  @TempDir
  Path dir;

  CliRun importFile(Object file, String... options) {
    String[] args = {"import", "--data", dir.resolve("data").toString()};
    String[] all = Arrays.copyOf(args, args.length + options.length + 1);
    System.arraycopy(options, 0, all, args.length, options.length);
    all[all.length - 1] = file.toString();
    return CliRun.of(all);
  }

  @Test
  void importsAGoodFileAndSaysSoInFrench() {
    Path file = ImportFiles.write(dir.resolve("a.jsonl"), article("a"), article("b"));

    CliRun run = importFile(file);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).matches("Importé : 2 créés, 0 mis à jour, 0 inchangé, 0 en échec \\(\\d+,\\d s\\)\\R");
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("data"))) {
      assertThat(wiring.articleStore().countPublished()).isEqualTo(2);
    }
  }

  @Test
  void reportsFailedLinesOnStderrAndExitsWithOne() {
    ObjectNode noTitle = article("c");
    noTitle.remove("title");
    Path file = ImportFiles.write(dir.resolve("a.jsonl"), article("a"), "pas du json", noTitle, article("b"));

    CliRun run = importFile(file);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err().lines()).containsExactly(
        "ligne 2 : not valid JSON (column 1): Unrecognized token 'pas': was expecting (JSON String, Number, Array, "
            + "Object or token 'null', 'true' or 'false')",
        "ligne 3 : title is missing");
    assertThat(run.out()).startsWith("Importé : 2 créés, 0 mis à jour, 0 inchangé, 2 en échec (");
  }

  @Test
  void speaksEnglishWhenTheSiteDoes() throws IOException {
    Files.createDirectories(dir.resolve("data"));
    Files.writeString(dir.resolve("data/kiosque.properties"), "kiosque.site.locale=en\n");
    ObjectNode noTitle = article("c");
    noTitle.remove("title");
    Path file = ImportFiles.write(dir.resolve("a.jsonl"), article("a"), noTitle);
    Path missing = dir.resolve("missing.jsonl");

    CliRun run = importFile(file);
    CliRun noFile = importFile(missing);

    assertThat(run.err().lines()).containsExactly("line 2: title is missing");
    assertThat(run.out()).matches("Imported: 1 created, 0 updated, 0 unchanged, 1 failed \\(\\d+\\.\\d s\\)\\R");
    assertThat(noFile.err()).isEqualTo("kiosque: cannot read " + missing + ": no such file" + System.lineSeparator());
  }

  @Test
  void aSecondImportFindsEverythingUnchanged() {
    Path file = ImportFiles.writeGzip(dir.resolve("a.jsonl.gz"), article("a"), article("b"), article("c"));

    CliRun first = importFile(file);
    CliRun second = importFile(file);

    assertThat(first.out()).startsWith("Importé : 3 créés, 0 mis à jour, 0 inchangé, 0 en échec");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).startsWith("Importé : 0 créé, 0 mis à jour, 3 inchangés, 0 en échec");
  }

  @Test
  void aFileThatCannotBeReadExitsWithTwoAndNoStackTrace() throws IOException {
    Path missing = dir.resolve("missing.jsonl");
    Files.createDirectory(dir.resolve("folder"));
    Path gzip = ImportFiles.writeGzip(dir.resolve("whole.jsonl.gz"), article("a"), article("b"));
    Path truncated = Files.write(dir.resolve("truncated.jsonl.gz"), Arrays.copyOf(Files.readAllBytes(gzip), 30));

    CliRun noFile = importFile(missing);
    CliRun folder = importFile(dir.resolve("folder"));
    CliRun cut = importFile(truncated);

    assertThat(noFile.exitCode()).isEqualTo(2);
    assertThat(noFile.err()).isEqualTo("kiosque : impossible de lire " + missing + " : fichier introuvable" + System.lineSeparator());
    assertThat(folder.exitCode()).isEqualTo(2);
    assertThat(folder.err()).contains("c’est un dossier");
    assertThat(cut.exitCode()).isEqualTo(2);
    assertThat(cut.err()).startsWith("kiosque : impossible de lire " + truncated + " : reading stopped at line 1: ")
        .doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(noFile.out() + folder.out()).isEmpty();
  }

  @Test
  void aFileCutShortKeepsAndReportsWhatCameBefore() throws IOException {
    ObjectNode noTitle = article("no-title");
    noTitle.remove("title");
    Object[] lines = new Object[300];
    lines[0] = noTitle;
    for (int i = 1; i < lines.length; i++) {
      lines[i] = article("a-" + i).put("body", "Texte " + i + " " + "différent ".repeat(i));
    }
    byte[] whole = Files.readAllBytes(ImportFiles.writeGzip(dir.resolve("whole.jsonl.gz"), lines));
    Path truncated = Files.write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length / 2));

    CliRun run = importFile(truncated);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("ligne 1 : title is missing" + System.lineSeparator()
        + "kiosque : impossible de lire " + truncated + " : reading stopped at line ");
    assertThat(run.out()).containsPattern("Importé : [1-9]\\d* créés, 0 mis à jour, 0 inchangé, 1 en échec");
  }

  @Test
  void readsStandardInputForADash() {
    InputStream stdin = System.in;
    try {
      System.setIn(new ByteArrayInputStream(ImportFiles.bytes(article("a"), article("b"))));

      CliRun run = importFile("-");

      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Importé : 2 créés");
    } finally {
      System.setIn(stdin);
    }
  }

  @Test
  void drawsAProgressBarWhenAskedTo() {
    Path file = ImportFiles.writeGzip(dir.resolve("a.jsonl.gz"), article("a"), article("b"));

    CliRun run = importFile(file, "--progress");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("Import", "100%", "2 lignes");
    assertThat(run.out()).startsWith("Importé : 2 créés");
  }

  @Test
  void drawsNoBarWhenNotOnATerminal() {
    Path file = ImportFiles.write(dir.resolve("a.jsonl"), article("a"));

    assertThat(importFile(file).err()).isEmpty();
  }
}
