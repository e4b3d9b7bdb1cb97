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
import kiosque.ImportContext;
import kiosque.Wiring;
import kiosque.imports.FeedFetcher;
import kiosque.imports.FeedImporter;
import kiosque.imports.ImportProgress;
import kiosque.imports.ImportReadException;
import kiosque.imports.ImportReport;
import kiosque.imports.ImportStoppedException;
import kiosque.imports.Importer;
import kiosque.imports.JsonLinesImporter;
import kiosque.imports.LeadImageDownloads;
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
 * input cannot be read (or is malformed: what came before is imported and reported), 3 when the
 * database failed during the import (what came before is imported and reported; a re-run resumes).
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports articles: JSON Lines (plain or gzip, the default), a WordPress export, an RSS or Atom feed.")
final class ImportCommand implements Callable<Integer> {

  static final int SOME_LINES_FAILED = 1;
  static final int UNREADABLE = 2;
  static final int DATABASE_FAILED = 3;

  /** Re-imports skip unchanged articles by their fingerprint, so running the same import again resumes. */
  static final String RESUME = "kiosque: what came before is imported; run the same import again to resume "
      + "(articles already imported are recognised and left unchanged)";

  enum Format { jsonl, wxr, rss }

  /** From this many articles without related lists, the import suggests computing them at once. */
  static final int ADVISE_BULK_LISTS = 1_000;

  static final Duration FETCH_TIMEOUT = Duration.ofSeconds(30);

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "FILE", descriptionKey = "FILE", description = "The file to import, - for standard input, or with --format rss "
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

  @Option(names = "--fetch-images",
      description = "WordPress only: fetch each post's featured image from the old site into the media library "
          + "and make it the article's lead image (articles that have one keep it; a second run fetches nothing).")
  boolean fetchImages;

  @Option(names = "--image-credit", paramLabel = "NAME",
      description = "With --fetch-images: who is credited for the fetched images. Default: the old site's host name.")
  String imageCredit;

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
    long withoutLists;
    LeadImageDownloads.Outcome images = null;
    // Resources close before the reports print, so the bar has finished its line by then.
    try (Wiring wiring = data.wiring();
        InputStream in = stdin ? System.in : web ? fetch() : Files.newInputStream(path);
        ImportProgressBar bar = showBar() ? new ImportProgressBar(err, path == null ? -1 : Files.size(path), unit()) : null) {
      ImportContext importing = wiring.importing(FETCH_TIMEOUT);
      report = importer(importing).importStream(in, bar == null ? ImportProgress.NONE : bar);
      withoutLists = report.created() > 0 ? importing.articlesWithoutLists().getAsLong() : 0;
      if (fetchImages && !report.leadImages().isEmpty()) {
        images = importing.leadImages().fetch(report.leadImages(), imageCredit);
      }
    } catch (ImportReadException e) {
      printReport(e.partialReport());
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      if (imported(e.partialReport())) {
        err.println(RESUME);
      }
      return UNREADABLE;
    } catch (ImportStoppedException e) {
      printReport(e.partialReport());
      err.println("kiosque: import of " + file + " stopped: " + e.getMessage());
      err.println(RESUME);
      return DATABASE_FAILED;
    } catch (IOException e) {
      err.println("kiosque: cannot read " + file + ": " + e.getMessage());
      return UNREADABLE;
    }
    if (!printReport(report)) {
      return UNREADABLE;
    }
    if (images != null) {
      spec.commandLine().getOut().println(String.format(Locale.FRENCH,
          "Images à la une : %d importées, %d déjà présentes, %d en échec", images.fetched(), images.alreadyThere(),
          images.failures().size()));
      images.failures().forEach(failure -> err.println("Image à la une non importée : " + failure));
    }
    if (withoutLists >= ADVISE_BULK_LISTS) {
      spec.commandLine().getOut().println(listsAdvice(withoutLists));
    }
    return report.hasFailures() || (images != null && !images.failures().isEmpty()) ? SOME_LINES_FAILED : 0;
  }

  private static boolean imported(ImportReport report) {
    return report.created() + report.updated() + report.unchanged() + report.failed() > 0;
  }

  private Importer importer(ImportContext importing) {
    return switch (format) {
      case jsonl -> new JsonLinesImporter(importing.articles());
      case wxr -> new WxrImporter(importing.articles(), importing.archivePaths(), categoryBase, tagBase);
      case rss -> new FeedImporter(importing.articles());
    };
  }

  private InputStream fetch() throws IOException {
    URI address;
    try {
      address = new URI(file);
    } catch (URISyntaxException e) {
      throw new IOException("not a valid address: " + e.getReason(), e);
    }
    try (FeedFetcher fetcher = new FeedFetcher(FETCH_TIMEOUT)) {
      return fetcher.open(address);
    }
  }

  private String unit() {
    return format == Format.jsonl ? "ligne" : "élément";
  }

  /** Prints the report; false when the lead-image file asked for could not be written. */
  private boolean printReport(ImportReport report) {
    ImportSummary summary = new ImportSummary(report);
    PrintWriter err = spec.commandLine().getErr();
    summary.errors().forEach(err::println);
    summary.warnings().forEach(err::println);
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

  /** The advice after a large import: the server's background sweep computes about 10,000 lists an hour. */
  static String listsAdvice(long withoutLists) {
    return String.format(Locale.FRENCH, "%,d articles n'ont pas encore leurs listes d'articles liés : "
        + "« kiosque related » les calcule en une fois sur tous les processeurs (le serveur le fait sinon en "
        + "arrière-plan, environ 10 000 par heure, et calcule celles d'une page vue à sa première visite).",
        withoutLists);
  }

  /** {@code Importé : 1191 créés, 0 mis à jour, 0 inchangé, 0 en échec (3,2 s)} */
  static String summary(ImportReport report) {
    return String.format(Locale.FRENCH, "Importé : %d %s, %d mis à jour, %d %s, %d en échec (%.1f s)",
        report.created(), ImportSummary.plural(report.created(), "créé"), report.updated(),
        report.unchanged(), ImportSummary.plural(report.unchanged(), "inchangé"), report.failed(),
        report.elapsed().toMillis() / 1000.0);
  }
}
