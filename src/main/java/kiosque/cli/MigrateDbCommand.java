package kiosque.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;
import kiosque.db.CopyRefusedException;
import kiosque.db.CopyReport;
import kiosque.db.Database;
import kiosque.db.DatabaseCopy;
import kiosque.newsroom.media.MediaDirectoryImport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Moves a site from its embedded H2 database to PostgreSQL. Exit status: 0 when the target holds
 * the site (copied now, or already by an earlier run), 2 when nothing was written (refused or
 * rolled back; the message says why).
 */
@Command(name = "migrate-db", mixinStandardHelpOptions = true,
    description = {"Copies a whole site from the embedded H2 database of DIR to PostgreSQL, verified by counts "
        + "and checksums per table, in one transaction.",
        "Stop the server using DIR first. The password comes from KIOSQUE_DB_PASSWORD. Images still only in DIR/media "
            + "(written by versions before 0.6) are first copied into the H2 database, then copied with it."})
final class MigrateDbCommand implements Callable<Integer> {

  static final int NOTHING_WRITTEN = 2;

  @Option(names = "--from", required = true, paramLabel = "DIR", description = "Data directory holding the H2 database.")
  Path from;

  @Option(names = "--to", required = true, paramLabel = "JDBC_URL",
      description = "The PostgreSQL database, e.g. jdbc:postgresql://db.example:5432/kiosque (created beforehand).")
  String to;

  @Option(names = "--user", paramLabel = "NAME", description = "PostgreSQL user. Default: KIOSQUE_DB_USER, or the URL's.")
  String user;

  @Option(names = "--batch", paramLabel = "ROWS", defaultValue = "1000", description = "Rows per JDBC batch (default 1000).")
  int batch;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar on standard error (default: on).")
  boolean progress;

  @Spec
  CommandSpec spec;

  private final Map<String, String> env;

  MigrateDbCommand() {
    this(System.getenv());
  }

  MigrateDbCommand(Map<String, String> env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    if (!Files.isRegularFile(from.resolve("kiosque.mv.db"))) {
      err.println(text.error("migrate.noDatabase", from));
      return NOTHING_WRITTEN;
    }
    if (!to.startsWith("jdbc:postgresql:")) {
      err.println(text.error("migrate.notPostgres", to));
      return NOTHING_WRITTEN;
    }
    // The source's credentials are the data directory's own (its kiosque.properties or the
    // defaults); the environment describes the target.
    Settings source = new SettingsLoader(Map.of(), new Properties()).load(from);
    String targetUser = user != null ? user : env.get("KIOSQUE_DB_USER");
    String password = env.getOrDefault("KIOSQUE_DB_PASSWORD", "");
    CopyReport report;
    try (Database h2 = Database.open(Settings.h2Url(from), source.databaseUser(), source.databasePassword(), from);
        Database postgres = Database.open(to, targetUser, password, from);
        CopyProgressBar bar = progress ? new CopyProgressBar(err, text) : null) {
      // Images of earlier versions lived only in DIR/media: into the source database first, so they travel with it.
      MediaDirectoryImport.Result media = new MediaDirectoryImport(h2.jdbi()).run(from.resolve("media"));
      if (media.copied() > 0) {
        out.println(text.get("migrate.media", text.number(media.copied()), from.resolve("media")));
      }
      report = new DatabaseCopy(h2, postgres, batch).run(bar == null ? kiosque.db.CopyProgress.NONE : bar);
    } catch (CopyRefusedException e) {
      err.println(text.refusal("copy.refused", e.reason(), e.details()));
      return NOTHING_WRITTEN;
    }
    for (CopyReport.TableReport table : report.tables()) {
      out.println(text.get("migrate.table", String.format(Locale.ROOT, "%-22s", table.table()),
          String.format(text.locale(), "%,10d", table.rows()), table.checksum()));
    }
    out.println(text.get(report.outcome() == CopyReport.Outcome.COPIED ? "migrate.copied" : "migrate.alreadyThere",
        text.number(report.rows()), report.tables().size(),
        String.format(text.locale(), "%.1f", report.elapsed().toMillis() / 1000.0)));
    out.println(text.get("migrate.next"));
    return 0;
  }
}
