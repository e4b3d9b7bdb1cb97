package kiosque.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosque.config.Settings;
import kiosque.db.H2Compaction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Compacts a stopped site's embedded database after a bulk job (see {@link H2Compaction}). Exit
 * status 0 when done, 2 when refused (PostgreSQL, no database, the site still running).
 */
@Command(name = "compact", mixinStandardHelpOptions = true,
    description = {"Rewrites the embedded H2 database of DIR with only its live data, after an import or "
        + "kiosque related --all. The site must be stopped.",
        "PostgreSQL reclaims space by itself (autovacuum)."})
final class CompactCommand implements Callable<Integer> {

  static final int REFUSED = 2;

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    Settings settings = data.settings();
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    if (!settings.h2File()) {
      err.println(text.error("compact.postgres"));
      return REFUSED;
    }
    try {
      H2Compaction.Result result = new H2Compaction(settings.databaseUser(), settings.databasePassword())
          .compact(settings.dataDir());
      spec.commandLine().getOut().println(text.get("compact.done", settings.dataDir().toAbsolutePath(),
          megabytes(text, result.bytesBefore()), megabytes(text, result.bytesAfter()),
          String.format(text.locale(), "%.1f", result.took().toMillis() / 1000.0)));
      return 0;
    } catch (H2Compaction.RefusedException e) {
      err.println(text.error("compact.refused." + e.reason().name(), e.directory()));
      return REFUSED;
    }
  }

  private static String megabytes(CliText text, long bytes) {
    Locale locale = text.locale();
    return String.format(locale, "%,.1f", bytes / 1_048_576.0) + text.get("unit.megabytes");
  }
}
