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
 * Copies a site's embedded database (articles, accounts, media) into one file while the site runs.
 * Exit status 0 when the file is written, 2 when refused (PostgreSQL, no database).
 */
@Command(name = "backup", mixinStandardHelpOptions = true,
    description = {"Copies the site of DIR (embedded H2 database: articles, accounts, media) into FILE, "
        + "consistent even while the server runs. The search index is not copied: it is rebuilt at start.",
        "On PostgreSQL use pg_dump (docs/deployment.md, \"Backups and restore\")."})
final class BackupCommand implements Callable<Integer> {

  static final int REFUSED = 2;

  @Mixin
  DataOptions data;

  @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "FILE", description = "The backup file to write (a zip archive).")
  Path file;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = data.settings();
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    if (!settings.h2File()) {
      err.println(text.error("backup.postgres"));
      return REFUSED;
    }
    try {
      H2Backup.Report report = new H2Backup(settings.databaseUser(), settings.databasePassword())
          .backup(settings.jdbcUrl(), settings.dataDir(), file);
      spec.commandLine().getOut().println(text.get("backup.done", file.toAbsolutePath(),
          text.number(report.rows("article")), text.plural("unit.article", report.rows("article")),
          text.number(report.rows("media_file")),
          text.number(report.tables().stream().mapToLong(t -> t.rows()).sum()), report.tables().size()));
      return 0;
    } catch (H2Backup.RefusedException e) {
      err.println(text.refusal("backup.refused", e.reason(), e.details()));
      return REFUSED;
    }
  }
}
