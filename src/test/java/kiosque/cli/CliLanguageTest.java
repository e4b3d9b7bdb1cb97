package kiosque.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The command line speaks the site's language: French by default, English with kiosque.site.locale=en. */
class CliLanguageTest {

  private static final List<String> COMMANDS =
      List.of("serve", "import", "export", "reindex", "related", "user", "migrate-db", "backup", "restore");

  @TempDir
  Path dir;

  @Test
  void theMainHelpIsFrenchAndListsNoMeasuringCommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Usage : kiosque")
        .contains("Commandes :", "serve       Démarre le serveur web.", "Gère les comptes de la rédaction.")
        .doesNotContain("eval-related", "bench-related", "Starts the web server");
  }

  @Test
  void everyCommandsHelpIsFrenchByDefault() {
    // The English texts are the annotations, as picocli reads them without a bundle.
    CommandLine english = new CommandLine(new KiosqueCommand());
    for (String name : COMMANDS) {
      for (CommandSpec spec : withSubcommands(english.getSubcommands().get(name).getCommandSpec())) {
        String[] args = spec.qualifiedName(" ").replace("kiosque ", "").split(" ");
        String help = CliRun.of(append(args, "--help")).out();
        assertThat(help).as(spec.qualifiedName()).doesNotContain(String.join(" ", spec.usageMessage().description()));
        for (ArgSpec arg : spec.args()) {
          for (String line : arg.description()) {
            assertThat(help).as(spec.qualifiedName() + " " + arg.paramLabel()).doesNotContain(beginning(line));
          }
        }
      }
    }
  }

  @Test
  void theSiteLanguageSettingTurnsTheHelpEnglish() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun run = CliRun.of("serve", "--help", "--data", data.toString());

    assertThat(run.out()).startsWith("Usage: kiosque serve").contains("Starts the web server.", "Options:",
        "HTTP port (default 8080").doesNotContain("Démarre");
  }

  @Test
  void aFrenchSiteAnswersInFrenchWhateverTheMachinesLanguage() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.site.locale=fr\n");

    assertThat(CliRun.of("user", "add", "--help", "--data", data.toString()).out())
        .contains("Ajoute un compte de la rédaction.", "L’adresse e-mail du compte");
  }

  @Test
  void messagesFollowTheSiteLanguageToo() throws Exception {
    Path english = dir.resolve("english");
    Files.createDirectories(english);
    Files.writeString(english.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    // Tests run without a terminal: user add cannot ask for the password and says so.
    CliRun french = CliRun.of("user", "add", "--role", "admin", "--data", dir.resolve("french").toString(), "a@exemple.ma");
    CliRun inEnglish = CliRun.of("user", "add", "--role", "admin", "--data", english.toString(), "a@example.com");

    assertThat(french.exitCode()).isEqualTo(2);
    assertThat(french.err().strip())
        .isEqualTo("kiosque : aucun terminal où lire le mot de passe : utilisez --password-file FICHIER");
    assertThat(inEnglish.err().strip()).isEqualTo("kiosque: no terminal to read the password from; use --password-file FILE");
  }

  private static List<CommandSpec> withSubcommands(CommandSpec spec) {
    List<CommandSpec> all = new java.util.ArrayList<>(List.of(spec));
    spec.subcommands().values().forEach(sub -> all.addAll(withSubcommands(sub.getCommandSpec())));
    return all;
  }

  private static String[] append(String[] args, String last) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 1);
    all[args.length] = last;
    return all;
  }

  /** Enough of a description to recognise it, before picocli wraps the line. */
  private static String beginning(String line) {
    return line.length() > 25 ? line.substring(0, 25) : line;
  }
}
