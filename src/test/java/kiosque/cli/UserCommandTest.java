package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import kiosque.Wiring;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class UserCommandTest {

  @TempDir
  Path dir;

  @Test
  void addsTheFirstAdministratorWithThePasswordFromAFile() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret"), "un mot de passe solide\n");
    StringWriter out = new StringWriter();
    CommandLine cli = KiosqueCommand.commandLine();
    cli.setOut(new PrintWriter(out));

    int code = cli.execute("user", "add", "--data", dir.toString(), "--role", "admin", "--password-file",
        secret.toString(), "redaction@example.ma");

    assertThat(code).isZero();
    assertThat(out.toString()).contains("redaction@example.ma created (administrator)");
    try (Wiring wiring = new Wiring(TestSettings.in(dir), Clock.systemUTC())) {
      var login = wiring.accountService().login("redaction@example.ma", "un mot de passe solide", "test");
      assertThat(login.succeeded()).isTrue();
      assertThat(login.session().account().role()).isEqualTo(Role.ADMINISTRATOR);
    }
  }

  @Test
  void withoutATerminalOrFileItSaysHowToGiveThePassword() {
    StringWriter err = new StringWriter();
    CommandLine cli = KiosqueCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    int code = cli.execute("user", "add", "--data", dir.toString(), "--role", "editor", "nadia@example.ma");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--password-file");
  }

  @Test
  void thereIsNoPasswordOption() {
    StringWriter err = new StringWriter();
    CommandLine cli = KiosqueCommand.commandLine();
    cli.setErr(new PrintWriter(err));

    assertThat(cli.execute("user", "add", "--data", dir.toString(), "--role", "editor", "--password", "x",
        "nadia@example.ma")).isNotZero();
  }
}
