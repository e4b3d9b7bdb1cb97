package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A port already taken: one sentence and exit code 2, before the database or the index exist. */
class ServePortInUseTest {

  @TempDir
  Path dir;

  @Test
  void aPortInUseIsOneSentenceAndLeavesNoDataBehind() throws Exception {
    Path data = dir.resolve("data");
    try (ServerSocket taken = new ServerSocket(0)) {
      int port = taken.getLocalPort();
      // Were the port not checked, serve would start and never return: fail instead of hanging.
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
          () -> CliRun.of("serve", "--data", data.toString(), "--port", String.valueOf(port)));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).isEqualTo("kiosque : le port " + port
          + " est déjà utilisé : choisissez-en un autre avec --port ou KIOSQUE_PORT" + System.lineSeparator());
      assertThat(data).as("nothing created in the data directory").doesNotExist();
    }
  }

  @Test
  void thePortSettingIsCheckedToo() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    try (ServerSocket taken = new ServerSocket(0)) {
      Files.writeString(data.resolve("kiosque.properties"), "kiosque.port=" + taken.getLocalPort() + "\n");
      CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of("serve", "--data", data.toString()));

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains("le port " + taken.getLocalPort() + " est déjà utilisé");
      try (var files = Files.list(data)) {
        assertThat(files).as("only the settings file").containsExactly(data.resolve("kiosque.properties"));
      }
    }
  }
}
