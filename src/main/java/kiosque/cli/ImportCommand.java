package kiosque.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import kiosque.ImportContext;
import kiosque.Wiring;
import kiosque.db.H2Compaction;
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
    CliText text = CliText.of(spec);
    boolean stdin = file.equals("-");
    boolean web = format == Format.rss && FeedFetcher.isWebAddress(file);
    Path path = stdin || web ? null : Path.of(file);
    String problem = path == null ? null : unreadable(path);
    if (problem != null) {
      err.println(text.error("import.cannotRead", file, text.get(problem))
          + (FeedFetcher.isWebAddress(file) ? text.get("import.fetchHint") : ""));
      return UNREADABLE;
    }
    ImportReport report;
    long withoutLists;
    OptionalInt compactAdvice;
    LeadImageDownloads.Outcome images = null;
    // Resources close before the reports print, so the bar has finished its line by then.
    try (Wiring wiring = data.wiring();
        InputStream in = stdin ? System.in : web ? fetch() : Files.newInputStream(path);
        ImportProgressBar bar = showBar() ? new ImportProgressBar(err, path == null ? -1 : Files.size(path), text, unit()) : null) {
      ImportContext importing = wiring.importing(FETCH_TIMEOUT);
      report = importer(importing).importStream(in, bar == null ? ImportProgress.NONE : bar);
      withoutLists = report.created() > 0 ? importing.articlesWithoutLists().getAsLong() : 0;
      compactAdvice = H2Compaction.adviceAfter(report.created() + report.updated(), wiring.database().jdbi());
      if (fetchImages && !report.leadImages().isEmpty()) {
        images = importing.leadImages().fetch(report.leadImages(), imageCredit);
      }
    } catch (ImportReadException e) {
      printReport(e.partialReport());
      err.println(text.error("import.cannotRead", file, e.getMessage()));
      if (imported(e.partialReport())) {
        // Re-imports skip unchanged articles by their fingerprint, so running the same import again resumes.
        err.println(text.error("import.resume"));
      }
      return UNREADABLE;
    } catch (ImportStoppedException e) {
      printReport(e.partialReport());
      err.println(text.error("import.stopped", file, e.getMessage()));
      err.println(text.error("import.resume"));
      return DATABASE_FAILED;
    } catch (IOException e) {
      err.println(text.error("import.cannotRead", file, e.getMessage()));
      return UNREADABLE;
    }
    if (!printReport(report)) {
      return UNREADABLE;
    }
    if (images != null) {
      spec.commandLine().getOut().println(text.get("import.imagesFetched", images.fetched(), images.alreadyThere(),
          images.failures().size()));
      images.failures().forEach(failure -> err.println(text.get("import.imageFailed", failure)));
    }
    if (withoutLists >= ADVISE_BULK_LISTS) {
      spec.commandLine().getOut().println(listsAdvice(text, withoutLists));
    }
    compactAdvice.ifPresent(live -> spec.commandLine().getOut().println(text.get("compact.advice", live)));
    return report.hasFailures() || (images != null && !images.failures().isEmpty()) ? SOME_LINES_FAILED : 0;
  }

  private static boolean imported(ImportReport report) {
    return report.created() + report.updated() + report.unchanged() + report.keptInNewsroom().size() + report.failed() > 0;
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
      throw new IOException(CliText.of(spec).get("import.badAddress", e.getReason()), e);
    }
    try (FeedFetcher fetcher = new FeedFetcher(FETCH_TIMEOUT)) {
      return fetcher.open(address);
    }
  }

  /** The key of what the bar counts beside the bytes. */
  private String unit() {
    return format == Format.jsonl ? "unit.line" : "unit.item";
  }

  /** Prints the report; false when the lead-image file asked for could not be written. */
  private boolean printReport(ImportReport report) {
    CliText text = CliText.of(spec);
    ImportSummary summary = new ImportSummary(report, text);
    PrintWriter err = spec.commandLine().getErr();
    summary.errors().forEach(err::println);
    summary.warnings().forEach(err::println);
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(summary(text, report));
    summary.details().forEach(out::println);
    if (leadImages != null) {
      try {
        Files.write(leadImages, summary.leadImageLines());
      } catch (IOException e) {
        err.println(text.error("file.cannotWrite", leadImages, e.getMessage()));
        return false;
      }
    }
    return true;
  }

  /** The key of why {@code path} cannot be read, or null when it can. */
  private static String unreadable(Path path) {
    if (!Files.exists(path)) {
      return "import.noSuchFile";
    }
    if (Files.isDirectory(path)) {
      return "file.isDirectory";
    }
    if (!Files.isReadable(path)) {
      return "import.permissionDenied";
    }
    return null;
  }

  private boolean showBar() {
    return progress != null ? progress : Terminal.interactive();
  }

  /** The advice after a large import: the server's background sweep computes about 10,000 lists an hour. */
  static String listsAdvice(CliText text, long withoutLists) {
    return text.get("import.listsAdvice", String.format(text.locale(), "%,d", withoutLists));
  }

  /** {@code Importé : 1191 créés, 0 mis à jour, 0 inchangé, 0 en échec (3,2 s)} */
  static String summary(CliText text, ImportReport report) {
    return text.get("import.summary", report.created(), text.plural("import.created", report.created()),
        report.updated(), report.unchanged(), text.plural("import.unchanged", report.unchanged()), report.failed(),
        String.format(text.locale(), "%.1f", report.elapsed().toMillis() / 1000.0));
  }
}
