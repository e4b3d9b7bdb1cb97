package kiosque.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import kiosque.config.Settings;
import kiosque.db.H2Backup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Brings a {@code kiosque backup} file back into an empty data directory, checking each table
 * against the backup's manifest. Exit status 0 when restored, 2 when refused (nothing written).
 */
@Command(name = "restore", mixinStandardHelpOptions = true,
    description = {"Restores FILE (written by kiosque backup) into DIR, which must be empty or absent; "
        + "every table is checked against the counts and checksums recorded in FILE. "
        + "The search index is rebuilt when the server starts.",
        "On PostgreSQL use pg_restore (docs/deployment.md, \"Backups and restore\")."})
final class RestoreCommand implements Callable<Integer> {

  static final int REFUSED = 2;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE", description = "The backup file (written by kiosque backup).")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = data.settings();
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    if (!settings.h2File()) {
      err.println(text.error("restore.postgres"));
      return REFUSED;
    }
    try {
      H2Backup.Report report = new H2Backup(settings.databaseUser(), settings.databasePassword())
          .restore(file, settings.dataDir());
      Path dir = settings.dataDir().toAbsolutePath();
      spec.commandLine().getOut().println(text.get("restore.done", dir, text.number(report.rows("article")),
          text.plural("unit.article", report.rows("article")),
          text.number(report.rows("media_file")), report.tables().size()));
      return 0;
    } catch (H2Backup.RefusedException e) {
      err.println(text.refusal("backup.refused", e.reason(), e.details()));
      return REFUSED;
    }
  }
}
