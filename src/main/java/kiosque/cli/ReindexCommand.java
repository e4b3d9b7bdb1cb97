package kiosque.cli;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.Wiring;
import kiosque.search.RebuildProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Rebuilds both indexes from the database: the readers' search index (DATA/index) and the
 * newsroom's archive index (DATA/archive-index, its article list), one progress bar each. An
 * operator who reindexes expects every index rebuilt, not only the readers'.
 */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the search index and the newsroom's archive index from the database, with a progress "
        + "bar each. Stop the server that uses the same data directory first.")
final class ReindexCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    CliText text = CliText.of(spec);
    long started = System.nanoTime();
    try (Wiring wiring = data.wiring()) {
      try (Bar bar = new Bar(text, "reindex.task")) {
        wiring.rebuildSearchIndex(bar);
        bar.close();
        out.println(done(text, "reindex.done", bar.indexed.get(), started));
      }
      long archiveStarted = System.nanoTime();
      try (Bar bar = new Bar(text, "reindex.archiveTask")) {
        wiring.rebuildArchiveIndex(bar);
        bar.close();
        out.println(done(text, "reindex.archiveDone", bar.indexed.get(), archiveStarted));
      }
    }
    return 0;
  }

  private static String done(CliText text, String key, long count, long started) {
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    return text.get(key, String.format(text.locale(), "%,d", count), text.plural("reindex.articles", count),
        String.format(text.locale(), "%.1f", took.toMillis() / 1000.0));
  }

  /** The progress bar on the terminal, drawn once the number of articles is known. */
  private static final class Bar implements RebuildProgress, AutoCloseable {
    private final AtomicLong indexed = new AtomicLong();
    private final CliText text;
    private final String taskKey;
    private ProgressBar bar;

    Bar(CliText text, String taskKey) {
      this.text = text;
      this.taskKey = taskKey;
    }

    @Override
    public synchronized void started(long total) {
      bar = new ProgressBarBuilder()
          .setTaskName(text.get(taskKey))
          .setInitialMax(total)
          .setUnit(" " + text.plural("unit.article", 2), 1)
          .setStyle(ProgressBarStyle.ASCII)
          .setUpdateIntervalMillis(250)
          .showSpeed()
          .build();
    }

    @Override
    public synchronized void indexed(int count) {
      indexed.addAndGet(count);
      bar.stepBy(count);
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
