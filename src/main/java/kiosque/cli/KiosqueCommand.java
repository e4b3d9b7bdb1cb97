package kiosque.cli;

import kiosque.config.SettingsException;
import kiosque.content.InvalidContentException;
import kiosque.db.DatabaseUnreachableException;
import kiosque.evaluation.BenchRelatedCommand;
import kiosque.evaluation.EvalRelatedCommand;
import kiosque.search.SearchIndexException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command; each subcommand is one job (serve, import ...). */
@Command(name = "kiosque", mixinStandardHelpOptions = true, version = "Kiosque 0.1",
    description = "Runs an online newspaper: reader site, newsroom, search and feeds.",
    subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ReindexCommand.class, RelatedCommand.class,
        UserCommand.class, MigrateDbCommand.class, BackupCommand.class, RestoreCommand.class, EvalRelatedCommand.class,
        BenchRelatedCommand.class})
public final class KiosqueCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The configured command line: clear one-line messages for configuration and content errors. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new KiosqueCommand());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof SettingsException || e instanceof InvalidContentException || e instanceof SearchIndexException
          || e instanceof DatabaseUnreachableException) {
        commandLine.getErr().println("kiosque: " + e.getMessage());
        return 2;
      }
      throw e;
    });
    return cli;
  }
}
