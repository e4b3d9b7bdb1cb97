package kiosque.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import kiosque.Wiring;
import kiosque.imports.FeedFetcher;
import kiosque.imports.FeedImporter;
import kiosque.imports.ImportProgress;
import kiosque.imports.ImportReadException;
import kiosque.imports.ImportReport;
import kiosque.imports.Importer;
import kiosque.imports.JsonLinesImporter;
import kiosque.imports.WxrImporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Imports articles from a JSON Lines file, a WordPress export or an RSS/Atom feed. Exit status: 0
 * when every article was imported, 1 when some failed (each is reported on stderr), 2 when the
 * input cannot be read (or is malformed: what came before is imported and reported).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports articles: JSON Lines (plain or gzip, the default), a WordPress export, an RSS or Atom feed.")
final class ImportCommand implements Callable<Integer> {

  static final int SOME_LINES_FAILED = 1;
  static final int UNREADABLE = 2;

  enum Format { jsonl, wxr, rss }

  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "FILE", description = "The file to import, - for standard input, or with --format rss "
      + "an http(s) address.")
  String file;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
      description = "jsonl (default), wxr (a WordPress export) or rss (RSS 2.0 or Atom).")
  Format format;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error. Default: when it is a terminal.")
  Boolean progress;

  @Option(names = "--lead-images", paramLabel = "FILE",
      description = "Write the featured images found to FILE: article id, image address, alternative text, "
          + "separated by tabs.")
  Path leadImages;

  @Option(names = "--category-base", paramLabel = "BASE", defaultValue = "category",
      description = "WordPress only: the old site's category base (Settings > Permalinks), so that its "
          + "category pages /BASE/NAME/ redirect to sections and topics. Default: ${DEFAULT-VALUE}.")
  String categoryBase;

  @Option(names = "--tag-base", paramLabel = "BASE", defaultValue = "tag",
      description = "WordPress only: the old site's tag base, so that /BASE/NAME/ redirects to the topic. "
          + "Default: ${DEFAULT-VALUE}.")
  String tagBase;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    boolean stdin = file.equals("-");
    boolean web = format == Format.rss && FeedFetcher.isWebAddress(file);
    Path path = stdin || web ? null : Path.of(file);
    String problem = path == null ? null : unreadable(path);
    if (problem != null) {
      err.println("kiosque: cannot read " + file + ": " + problem
          + (FeedFetcher.isWebAddress(file) ? " (to fetch a feed, add --format rss)" : ""));
      return UNREADABLE;
    }
    ImportReport report;
    // Resources close before the reports print, so the bar has finished its line by then.
    try (Wiring wiring = data.wiring();
        InputStream in = stdin ? System.in : web ? fetch() : Files.newInputStream(path);
        ImportProgressBar bar = showBar() ? new ImportProgressBar(err, path == null ? -1 : Files.size(path), unit()) : null) {
      report = importer(wiring).importStream(in, bar == null ? ImportProgress.NONE : bar);
    } catch (ImportReadException e) {
      printReport(e.partialReport());
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    } catch (IOException e) {
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    }
    if (!printReport(report)) {
      return UNREADABLE;
    }
    return report.hasFailures() ? SOME_LINES_FAILED : 0;
  }

  private Importer importer(Wiring wiring) {
    return switch (format) {
      case jsonl -> new JsonLinesImporter(wiring.articleService());
      case wxr -> new WxrImporter(wiring.articleService(), wiring.archivePaths(), categoryBase, tagBase);
      case rss -> new FeedImporter(wiring.articleService());
    };
  }

  private InputStream fetch() throws IOException {
    URI address;
    try {
      address = new URI(file);
    } catch (URISyntaxException e) {
      throw new IOException("not a valid address: " + e.getReason(), e);
    }
    return new FeedFetcher(FETCH_TIMEOUT).open(address);
  }

  private String unit() {
    return format == Format.jsonl ? "ligne" : "élément";
  }

  /** Prints the report; false when the lead-image file asked for could not be written. */
  private boolean printReport(ImportReport report) {
    ImportSummary summary = new ImportSummary(report);
    PrintWriter err = spec.commandLine().getErr();
    summary.errors().forEach(err::println);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(summary(report));
    summary.details().forEach(out::println);
    if (leadImages != null) {
      try {
        Files.write(leadImages, summary.leadImageLines());
      } catch (IOException e) {
        err.println("kiosque: cannot write " + leadImages + ": " + e.getMessage());
        return false;
      }
    }
    return true;
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
        report.created(), ImportSummary.plural(report.created(), "créé"), report.updated(),
        report.unchanged(), ImportSummary.plural(report.unchanged(), "inchangé"), report.failed(),
        report.elapsed().toMillis() / 1000.0);
  }
}
