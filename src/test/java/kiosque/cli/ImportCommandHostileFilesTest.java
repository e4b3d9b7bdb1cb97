package kiosque.cli;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import kiosque.Wiring;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.PostgresForTests;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque import} given what once stopped it with a stack trace: each line has its own fate. */
class ImportCommandHostileFilesTest {

  @TempDir
  Path dir;

  CliRun importFile(Object file, String... before) {
    String[] args = new String[before.length + 4];
    args[0] = "import";
    System.arraycopy(before, 0, args, 1, before.length);
    args[before.length + 1] = "--data";
    args[before.length + 2] = dir.resolve("data").toString();
    args[before.length + 3] = file.toString();
    return CliRun.of(args);
  }

  @Test
  void badLinesAreReportedOneByOneAndTheRestIsImported() {
    Path file = ImportFiles.write(dir.resolve("a.jsonl"), article("a"),
        article("far").put("published_at", "+10000-01-01T00:00:00Z"),
        article("nul").put("title", "Avec\u0000 un NUL"),
        article("a").put("title", "Autre titre"),
        article("b"));

    CliRun run = importFile(file);

    assertThat(run.exitCode()).isEqualTo(ImportCommand.SOME_LINES_FAILED);
    assertThat(run.err().lines()).containsExactly(
        "ligne 2 : published_at +10000-01-01 is outside the years 1800 to 9999 (until 9999-12-30)",
        "ligne 4 : id \"a\" is already on line 1 (this line is left out)",
        "ligne 3 : avertissement : title: 1 control character removed (U+0000)");
    assertThat(run.out().lines()).first().asString().startsWith("Importé : 3 créés, 0 mis à jour, 0 inchangé, 2 en échec");
    assertThat(run.out()).contains("Importé avec des caractères de contrôle retirés : 1 champ");
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("data"))) {
      assertThat(wiring.articleStore().countAll()).isEqualTo(3);
    }
  }

  @Test
  void aBinaryFileGetsOneMessageNotOnePerLine() throws IOException {
    byte[] binary = new byte[4096];
    for (int i = 0; i < binary.length; i++) {
      binary[i] = (byte) (i % 7 == 0 ? '\n' : i % 5);
    }
    Path file = Files.write(dir.resolve("image.jsonl"), binary);

    CliRun run = importFile(file);

    assertThat(run.exitCode()).isEqualTo(ImportCommand.UNREADABLE);
    assertThat(run.err().lines()).containsExactly("kiosque : impossible de lire " + file
        + " : this file is not a JSON Lines text file: its first bytes hold NUL bytes (a binary file, or text in "
        + "UTF-16: save it as UTF-8)");
  }

  @Test
  void whenTheDatabaseServerGoesAwayTheImportSaysWhatItDidAndARerunResumes() throws IOException {
    PostgresForTests.Db db = PostgresForTests.instance().databaseFor(dir.resolve("pg"));
    String url = db.url() + (db.url().contains("?") ? "&" : "?") + "user=" + db.user();
    byte[] first = ImportFiles.bytes(article("1"), article("2"), article("3"));
    byte[] rest = ImportFiles.bytes(article("4"), article("5"));
    InputStream stdin = System.in;
    try {
      // Lines 1 to 3 are read and saved; reading on finds the server refusing this database.
      System.setIn(new SequenceInputStream(new ByteArrayInputStream(first), new InputStream() {
        private InputStream then;

        private InputStream then() throws IOException {
          if (then == null) {
            refuseConnections(db, true);
            then = new ByteArrayInputStream(rest);
          }
          return then;
        }

        @Override
        public int read() throws IOException {
          return then().read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
          return then().read(b, off, len);
        }
      }));

      CliRun stopped = importFile("-", "--db", url);

      assertThat(stopped.exitCode()).isEqualTo(ImportCommand.DATABASE_FAILED);
      assertThat(stopped.out()).startsWith("Importé : 3 créés, 0 mis à jour, 0 inchangé, 0 en échec");
      List<String> err = stopped.err().lines().toList();
      assertThat(err.get(0)).startsWith("kiosque : l’import de - s’est arrêté : import stopped at line 4: the database failed: ");
      assertThat(err.get(1)).startsWith("kiosque : ce qui précède est importé ; relancez le même import pour reprendre");
      assertThat(stopped.err()).doesNotContain("\tat ");
    } finally {
      System.setIn(stdin);
      refuseConnections(db, false);
    }
    System.setIn(new ByteArrayInputStream(ImportFiles.bytes(article("1"), article("2"), article("3"), article("4"),
        article("5"))));
    try {
      CliRun rerun = importFile("-", "--db", url);

      assertThat(rerun.exitCode()).isZero();
      assertThat(rerun.out()).startsWith("Importé : 2 créés, 0 mis à jour, 3 inchangés, 0 en échec");
    } finally {
      System.setIn(stdin);
    }
  }

  /** As a server shutting a database down does: every session ended, no new one let in. */
  private static void refuseConnections(PostgresForTests.Db db, boolean refuse) throws IOException {
    String admin = db.url().replace("/" + db.name(), "/postgres");
    try (Connection c = DriverManager.getConnection(admin, db.user(), db.password()); Statement s = c.createStatement()) {
      s.execute("alter database " + db.name() + " allow_connections " + !refuse);
      if (refuse) {
        s.execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + db.name() + "'");
      }
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
