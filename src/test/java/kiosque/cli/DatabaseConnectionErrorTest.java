package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import kiosque.testsupport.Await;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong database setting stops a command with one French sentence naming the setting to check,
 * exit status 2, and no stack trace, against the tests' PostgreSQL.
 */
class DatabaseConnectionErrorTest {

  @TempDir
  Path data;

  @Test
  void anUnknownUserNamesTheUserSetting() throws IOException {
    PostgresForTests.Db db = PostgresForTests.instance().emptyDatabase();
    CliRun run = reindexWith(db.url(), "personne");

    assertOneSentence(run);
    assertThat(run.err()).contains("impossible de se connecter à la base PostgreSQL " + withoutParameters(db.url()))
        .contains("(utilisateur « personne » refusé)").contains("vérifiez kiosque.db.user / KIOSQUE_DB_USER");
  }

  @Test
  void aWrongPasswordNamesThePasswordSetting() throws Exception {
    assumeTrue(System.getenv("KIOSQUE_TEST_PG_URL") == null, "changes pg_hba.conf: only on the embedded server");
    PostgresForTests.Db db = PostgresForTests.instance().emptyDatabase();
    String role = "kiosque_mdp";
    requirePasswordFor(db, role, "le-bon");
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.db.url=" + db.url() + "\nkiosque.db.user=" + role
        + "\nkiosque.db.password=un-autre\n");

    CliRun run = CliRun.of("reindex", "--data", data.toString());

    assertOneSentence(run);
    assertThat(run.err()).contains("(mot de passe refusé pour l’utilisateur « kiosque_mdp »)")
        .contains("vérifiez kiosque.db.password / KIOSQUE_DB_PASSWORD");
  }

  @Test
  void anUnknownDatabaseNamesTheAddressSetting() throws IOException {
    PostgresForTests.Db db = PostgresForTests.instance().emptyDatabase();
    String absent = db.url().replace(db.name(), "kiosque_absente");
    CliRun run = reindexWith(absent, db.user());

    assertOneSentence(run);
    assertThat(run.err()).contains("(cette base n’existe pas sur le serveur)")
        .contains("vérifiez kiosque.db.url / KIOSQUE_DB_URL");
  }

  @Test
  void anUnreachableServerNamesTheAddressSetting() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    CliRun run = reindexWith("jdbc:postgresql://127.0.0.1:" + closedPort + "/kiosque", "kiosque");

    assertOneSentence(run);
    assertThat(run.err()).contains("jdbc:postgresql://127.0.0.1:" + closedPort + "/kiosque (serveur injoignable)")
        .contains("vérifiez kiosque.db.url / KIOSQUE_DB_URL");
  }

  /**
   * The embedded server trusts every local connection: one role gets a password rule of its own,
   * first in pg_hba.conf, so the other tests sharing the server are unaffected.
   */
  private static void requirePasswordFor(PostgresForTests.Db db, String role, String password) throws Exception {
    try (Connection admin = DriverManager.getConnection(db.url(), db.user(), db.password());
        Statement s = admin.createStatement()) {
      ResultSet exists = s.executeQuery("select count(*) from pg_roles where rolname = '" + role + "'");
      exists.next();
      if (exists.getLong(1) == 0) {
        s.execute("create role " + role + " login password '" + password + "'");
        ResultSet file = s.executeQuery("show hba_file");
        file.next();
        Path hba = Path.of(file.getString(1));
        Files.writeString(hba, "host all " + role + " 127.0.0.1/32 scram-sha-256\nhost all " + role
            + " ::1/128 scram-sha-256\n" + Files.readString(hba));
        s.execute("select pg_reload_conf()");
      }
    }
    Await.until("the password rule in force", Duration.ofSeconds(10), () -> {
      try (Connection ignored = DriverManager.getConnection(db.url(), role, "pas-le-bon")) {
        return false;
      } catch (SQLException refused) {
        return "28P01".equals(refused.getSQLState());
      }
    });
  }

  private CliRun reindexWith(String url, String user) throws IOException {
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.db.url=" + url + "\nkiosque.db.user=" + user + "\n");
    return CliRun.of("reindex", "--data", data.toString());
  }

  private static void assertOneSentence(CliRun run) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("kiosque : impossible de se connecter").doesNotContain("Exception");
  }

  private static String withoutParameters(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
