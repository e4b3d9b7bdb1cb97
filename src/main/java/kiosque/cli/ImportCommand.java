package kiosque.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosque.Wiring;
import kiosque.imports.ImportProgress;
import kiosque.imports.ImportReadException;
import kiosque.imports.ImportReport;
import kiosque.imports.JsonLinesImporter;
import kiosque.imports.LineError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports articles from a JSON Lines file. Exit status: 0 when every line was imported, 1 when
 * some lines failed (each is reported on stderr), 2 when the file cannot be read.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports articles from a JSON Lines file (plain or gzip), one article per line.")
final class ImportCommand implements Callable<Integer> {

  static final int SOME_LINES_FAILED = 1;
  static final int UNREADABLE = 2;

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "FILE", description = "The file to import, or - for standard input.")
  String file;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error. Default: when it is a terminal.")
  Boolean progress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean stdin = file.equals("-");
    Path path = stdin ? null : Path.of(file);
    String problem = stdin ? null : unreadable(path);
    if (problem != null) {
      err.println("kiosque: cannot read " + file + ": " + problem);
      return UNREADABLE;
    }
    ImportReport report;
    // Resources close before the reports print, so the bar has finished its line by then.
    try (Wiring wiring = data.wiring();
        ImportProgressBar bar = showBar() ? new ImportProgressBar(err, stdin ? -1 : Files.size(path)) : null) {
      JsonLinesImporter importer = new JsonLinesImporter(wiring.articleService());
      ImportProgress shown = bar == null ? ImportProgress.NONE : bar;
      report = stdin ? importer.importStream(System.in, shown) : importer.importFile(path, shown);
    } catch (ImportReadException e) {
      printReport(e.partialReport());
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    } catch (IOException e) {
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    }
    printReport(report);
    return report.hasFailures() ? SOME_LINES_FAILED : 0;
  }

  private void printReport(ImportReport report) {
    PrintWriter err = spec.commandLine().getErr();
    for (LineError error : report.errors()) {
      err.println(error.message());
    }
    err.flush();
    spec.commandLine().getOut().println(summary(report));
  }

  private static String unreadable(Path path) {
    if (!Files.exists(path)) {
      return "no such file";
    }
    if (Files.isDirectory(path)) {
      return "it is a directory";
    }
    if (!Files.isReadable(path)) {
      return "permission denied";
    }
    return null;
  }

  private boolean showBar() {
    return progress != null ? progress : Terminal.interactive();
  }

  /** {@code Importé : 1191 créés, 0 mis à jour, 0 inchangé, 0 en échec (3,2 s)} */
  static String summary(ImportReport report) {
    return String.format(Locale.FRENCH, "Importé : %d %s, %d mis à jour, %d %s, %d en échec (%.1f s)",
        report.created(), plural(report.created(), "créé"), report.updated(),
        report.unchanged(), plural(report.unchanged(), "inchangé"), report.failed(),
        report.elapsed().toMillis() / 1000.0);
  }

  /** French counts 0 and 1 as singular. */
  private static String plural(long count, String word) {
    return count > 1 ? word + "s" : word;
  }
}
