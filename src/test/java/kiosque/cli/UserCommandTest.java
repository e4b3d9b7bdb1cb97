package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import kiosque.Wiring;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.CliRun;
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
    assertThat(out.toString()).contains("Compte redaction@example.ma créé (administrator).");
    try (Wiring wiring = new Wiring(TestSettings.in(dir), Clock.systemUTC())) {
      var login = wiring.accountService().login("redaction@example.ma", "un mot de passe solide", "test");
      assertThat(login.succeeded()).isTrue();
      assertThat(login.session().account().role()).isEqualTo(Role.ADMINISTRATOR);
    }
  }

  @Test
  void refusalsSayWhatIsWrongInTheSiteLanguage() throws Exception {
    Path shortSecret = Files.writeString(dir.resolve("secret"), "court\n");
    Path english = dir.resolve("english");
    Files.createDirectories(english);
    Files.writeString(english.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun weak = CliRun.of("user", "add", "--data", dir.resolve("fr").toString(), "--role", "editor",
        "--password-file", shortSecret.toString(), "nadia@example.ma");
    CliRun weakInEnglish = CliRun.of("user", "add", "--data", english.toString(), "--role", "editor",
        "--password-file", shortSecret.toString(), "nadia@example.ma");
    CliRun role = CliRun.of("user", "add", "--data", dir.resolve("fr").toString(), "--role", "chef",
        "--password-file", shortSecret.toString(), "nadia@example.ma");

    assertThat(weak.exitCode()).isEqualTo(2);
    assertThat(weak.err().strip()).isEqualTo("kiosque : le mot de passe doit compter au moins 10 caractères");
    assertThat(weakInEnglish.err().strip()).isEqualTo("kiosque: the password must have at least 10 characters");
    assertThat(role.exitCode()).isEqualTo(2);
    assertThat(role.err().strip()).isEqualTo(
        "kiosque : rôle inconnu « chef » (attendu : administrator, editor, journalist ou contributor)");
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
