package kiosque.cli;

import kiosque.config.SettingsException;
import kiosque.content.InvalidContentException;
import kiosque.db.DatabaseUnreachableException;
import kiosque.evaluation.BenchRelatedCommand;
import kiosque.evaluation.EvalRelatedCommand;
import kiosque.evaluation.EvalSearchCommand;
import kiosque.search.SearchIndexException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each subcommand is one job (serve, import ...). */
@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1",
    description = "Runs an online newspaper: reader site, newsroom, search and feeds.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ReindexCommand.class, RelatedCommand.class,
        UserCommand.class, MigrateDbCommand.class, BackupCommand.class, RestoreCommand.class, CompactCommand.class, EvalRelatedCommand.class,
        BenchRelatedCommand.class, EvalSearchCommand.class})
public final class KiosqueCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The configured command line, in the language the environment and the default data directory set. */
  public static CommandLine commandLine() {
    return commandLine(new String[0]);
  }

  /**
   * The configured command line for {@code args}: in the site's language (its {@code --data}
   * directory's settings included), with clear one-line messages for configuration and content errors.
   */
  public static CommandLine commandLine(String... args) {
    CommandLine cli = new CommandLine(new KiosqueCommand());
    // Given to every subcommand: their usage help and their messages (CliText.of(spec)).
    cli.setResourceBundle(CliText.bundle(CliText.locale(List.of(args))));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof SettingsException || e instanceof InvalidContentException || e instanceof SearchIndexException
          || e instanceof DatabaseUnreachableException) {
        commandLine.getErr().println(CliText.of(commandLine.getCommandSpec()).refusal(e.getMessage()));
        return 2;
      }
      throw e;
    });
    return cli;
  }
}
