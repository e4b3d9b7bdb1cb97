package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import kiosque.config.Settings;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.JarProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kiosque related} stopped the way a service manager or Ctrl-C stops it: its threads store
 * what they computed and end before the database closes, so the log has no stack trace from a
 * database closed under a list being written, the lease is given back, and a new run does the rest.
 */
class RelatedCommandStopIT {

  /** Enough for the run to last well past the signal (about a second of computing on two idle cores). */
  private static final int ARTICLES = 3000;

  @TempDir
  Path dir;

  @Test
  void sigtermStoresWhatIsComputedAndEndsWithoutAWarning() throws Exception {
    assumeTrue(JarProcess.jarBuilt(), "target/kiosque.jar is not built: run through mvn verify");
    Object[] lines = new Object[ARTICLES];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = ImportFiles.article("arret-" + i);
    }
    Path data = dir.resolve("data");
    CliRun imported = CliRun.of("import", "--data", data.toString(),
        ImportFiles.write(dir.resolve("articles.jsonl"), lines).toString());
    assertThat(imported.exitCode()).as(imported.err()).isZero();

    JarProcess bulk = JarProcess.start(dir, "related", "--data", data.toString(), "--threads", "2");
    int status;
    try (bulk) {
      bulk.awaitOutput("Computing the related lists of " + ARTICLES + " articles");
      status = bulk.stop();
    }

    String log = bulk.output();
    assertThat(status).as("stopped before the end, not finished first:%n%s", log).isEqualTo(RelatedCommand.STOPPED);
    assertThat(log).contains("Arrêté avant la fin");
    assertThat(log.lines().filter(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.contains("Exception")))
        .as("warnings or stack traces in the log of a stopped run:%n%s", log).isEmpty();
    assertThat(count(data, "select count(*) from node_lease")).as("the lease given back").isZero();
    long stored = count(data, "select count(*) from related_list_state");
    assertThat(stored).isLessThan(ARTICLES);

    CliRun rest = CliRun.of("related", "--data", data.toString());
    assertThat(rest.exitCode()).as(rest.err()).isZero();
    assertThat(count(data, "select count(*) from related_list_state"))
        .as("the next run computed what the stopped one left, and only that").isEqualTo(ARTICLES);
    assertThat(rest.out()).startsWith("Listes calculées : " + String.format(java.util.Locale.FRENCH, "%,d",
        ARTICLES - stored));
  }

  private static long count(Path data, String sql) throws SQLException {
    try (Connection db = DriverManager.getConnection(Settings.h2Url(data), "sa", "");
        ResultSet rows = db.createStatement().executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
