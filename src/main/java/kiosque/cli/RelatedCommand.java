package kiosque.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import kiosque.Wiring;
import kiosque.db.H2Compaction;
import kiosque.related.BulkLists;
import kiosque.search.SearchIndexException;
import kiosque.search.SearchService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Computes the related lists of many articles at once, on several threads: after an import, instead
 * of the server's background sweep (3 a second). Exit status: 0 when every list was computed, 1 when
 * some failed (logged), 2 when it cannot run (the search index is in use or cannot be read, a bad
 * option), 3 when stopped (SIGTERM, Ctrl-C) before the end: the lists computed are stored and a new
 * run does the rest.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
    description = "Computes the related lists (\"Aller plus loin\", recommendations) of the articles that have none "
        + "yet, or of all, on several threads. Re-running it resumes where it stopped.")
final class RelatedCommand implements Callable<Integer> {

  static final int SOME_FAILED = 1;
  static final int CANNOT_RUN = 2;
  static final int STOPPED = 3;

  @Mixin
  DataOptions data;

  @ArgGroup(exclusive = true)
  Which which = new Which();

  static final class Which {
    @Option(names = "--missing", description = "Only the articles without lists (the default).")
    boolean missing;

    @Option(names = "--all", description = "Every article's lists, computed again.")
    boolean all;
  }

  @Option(names = "--before", paramLabel = "TIME",
      description = "With --all: only the lists computed before TIME (ISO-8601, e.g. 2026-11-29T16:00:00Z), to resume "
          + "a run that stopped. Default: the start of this run.")
  String before;

  @Option(names = "--threads", paramLabel = "N",
      description = "Computing threads. Default: the number of processors (${DEFAULT-VALUE}).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error. Default: when it is a terminal.")
  Boolean progress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    if (threads < 1 || threads > 256) {
      err.println(text.error("related.threads", threads));
      return CANNOT_RUN;
    }
    if (before != null && !which.all) {
      err.println(text.error("related.beforeWithoutAll"));
      return CANNOT_RUN;
    }
    Instant startedAt = Instant.now();
    Instant cutoff;
    try {
      cutoff = before == null ? startedAt : Instant.parse(before);
    } catch (DateTimeParseException e) {
      err.println(text.error("related.beforeNotATime", before));
      return CANNOT_RUN;
    }
    BulkLists.Outcome outcome;
    OptionalInt compactAdvice;
    // SIGTERM or Ctrl-C: the threads store what they computed and end, then the database closes
    // (H2 closing first, from its shutdown hook, met every list in flight with a stack trace).
    RunningBulk running = new RunningBulk();
    StopSignals.onStop(running::stopAndAwait);
    try (Wiring wiring = data.wiring(); Bar bar = new Bar(err, showBar(), text)) {
      BulkLists bulk = running.started(bulk(wiring, err, text));
      outcome = bulk.run(which.all, cutoff, threads, bar);
      // Each list is 14 rows written again: a whole run leaves the file as loose as an import does.
      compactAdvice = outcome.stopped() ? OptionalInt.empty()
          : H2Compaction.adviceAfter(outcome.computed(), wiring.database().jdbi());
    } catch (SearchIndexException e) {
      err.println(text.refusal(e.getMessage()));
      return CANNOT_RUN;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return CANNOT_RUN;
    } finally {
      running.ended();
    }
    out.println(summary(text, outcome, threads));
    outcome.otherNode().ifPresent(node -> out.println(text.get("related.otherNode", node)));
    if (which.all && (outcome.failed() > 0 || outcome.stopped())) {
      out.println(text.get("related.resume", cutoff));
    }
    compactAdvice.ifPresent(live -> out.println(text.get("compact.advice", live)));
    if (outcome.stopped()) {
      out.println(text.get("related.stopped"));
      return STOPPED;
    }
    return outcome.failed() > 0 ? SOME_FAILED : 0;
  }

  /** The run a stop signal ends: asked to stop whenever the signal comes, waited for until it has ended. */
  private static final class RunningBulk {
    private final CountDownLatch ended = new CountDownLatch(1);
    private BulkLists bulk;
    private boolean stopAsked;

    synchronized BulkLists started(BulkLists started) {
      bulk = started;
      if (stopAsked) {
        bulk.stop();
      }
      return started;
    }

    void stopAndAwait() {
      synchronized (this) {
        stopAsked = true;
        if (bulk != null) {
          bulk.stop();
        }
      }
      try {
        ended.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    void ended() {
      ended.countDown();
    }
  }

  /**
   * The engine over this data directory's index, brought up to date with the database first; or,
   * when a server holds the index (same data directory, the embedded database shared with it),
   * over the server's last commit of it, which that server keeps up to date.
   */
  private static BulkLists bulk(Wiring wiring, PrintWriter err, CliText text) throws InterruptedException {
    SearchService search;
    try {
      search = wiring.searchService();
    } catch (SearchIndexException inUse) {
      try {
        BulkLists beside = wiring.relatedServiceBesideServer().bulk();
        err.println(text.get("related.besideServer"));
        return beside;
      } catch (SearchIndexException unreadable) {
        throw inUse;
      }
    }
    if (search.isRebuilding()) {
      err.println(text.get("related.waitingForRebuild"));
      while (search.isRebuilding()) {
        Thread.sleep(200);
      }
    }
    // The index follows the database up to now (an import since the last start), and only the
    // index: the related follower stays where the server left it.
    wiring.changeFeed().catchUp();
    return wiring.relatedService().bulk();
  }

  /** {@code Listes calculées : 1 234 articles, dont 1 234 changées ; 0 en échec ; 12,3 s sur 2 fils (100 par seconde)} */
  static String summary(CliText text, BulkLists.Outcome outcome, int threads) {
    double seconds = Math.max(outcome.elapsed().toMillis(), 1) / 1000.0;
    Locale locale = text.locale();
    return text.get("related.summary", String.format(locale, "%,d", outcome.computed()),
        text.plural("unit.article", outcome.computed()), String.format(locale, "%,d", outcome.changed()),
        text.plural("related.changed", outcome.changed()), String.format(locale, "%,d", outcome.failed()),
        String.format(locale, "%.1f", seconds), threads, text.plural("related.threadsWord", threads),
        String.format(locale, "%,.0f", outcome.computed() / seconds));
  }

  private boolean showBar() {
    return progress != null ? progress : Terminal.interactive();
  }

  /** The shared progress bar, drawn once the number of articles is known. */
  private static final class Bar implements BulkLists.Progress, AutoCloseable {
    private final PrintWriter err;
    private final boolean shown;
    private final CliText text;
    private ImportProgressBar bar;

    Bar(PrintWriter err, boolean shown, CliText text) {
      this.err = err;
      this.shown = shown;
      this.text = text;
    }

    @Override
    public synchronized void started(long total) {
      if (shown) {
        bar = ImportProgressBar.counting(err, text.get("related.task"), total, text);
      }
    }

    @Override
    public synchronized void done(long count) {
      if (bar != null) {
        bar.counted(count);
      }
    }

    @Override
    public synchronized void close() {
      if (bar != null) {
        bar.close();
        bar = null;
      }
    }
  }
}
