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

/** Rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuilds the search index from the database, with a progress bar. "
        + "Stop the server that uses the same data directory first.")
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
    try (Wiring wiring = data.wiring(); Bar bar = new Bar(text)) {
      wiring.rebuildSearchIndex(bar);
      bar.close();
      Duration took = Duration.ofNanos(System.nanoTime() - started);
      long count = bar.indexed.get();
      out.println(text.get("reindex.done", String.format(text.locale(), "%,d", count),
          text.plural("reindex.articles", count), String.format(text.locale(), "%.1f", took.toMillis() / 1000.0)));
    }
    return 0;
  }

  /** The progress bar on the terminal, drawn once the number of articles is known. */
  private static final class Bar implements RebuildProgress, AutoCloseable {
    private final AtomicLong indexed = new AtomicLong();
    private final CliText text;
    private ProgressBar bar;

    Bar(CliText text) {
      this.text = text;
    }

    @Override
    public synchronized void started(long total) {
      bar = new ProgressBarBuilder()
          .setTaskName(text.get("reindex.task"))
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
