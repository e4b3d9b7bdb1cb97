package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.PostgresForTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A wrong database setting stops a command with one French sentence naming the setting to check,
 * exit status 2, and no stack trace. The embedded PostgreSQL trusts local connections (any password
 * is accepted), so the refused credential here is the user.
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

  private CliRun reindexWith(String url, String user) throws IOException {
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.db.url=" + url + "\nkiosque.db.user=" + user + "\n");
    return CliRun.of("reindex", "--data", data.toString());
  }

  private static void assertOneSentence(CliRun run) {
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("kiosque: impossible de se connecter").doesNotContain("Exception");
  }

  private static String withoutParameters(String url) {
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }
}
