package kiosque.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.EvaluationContext;
import kiosque.config.SettingsLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Times the related engine on an imported and indexed data directory; see bench/related.sh. */
@Command(name = "bench-related", hidden = true, mixinStandardHelpOptions = true,
    description = "Times one article's related lists and the page view's read of them (p50/p95/p99).")
public final class BenchRelatedCommand implements Callable<Integer> {

  @Option(names = "--data", paramLabel = "DIR",
      description = "An imported and indexed data directory. Default: ./data or KIOSQUE_DATA; the database as "
          + "KIOSQUE_DB_URL says.")
  Path dataDir;

  @Option(names = "--articles", description = "How many articles to time (default 1000).")
  int samples = 1000;

  @Option(names = "--warmup", description = "Articles computed first, untimed, for the JIT (default 300).")
  int warmup = 300;

  @Option(names = "--engine-only", description = "Time only the engine computing both lists (CPU and wall time, "
      + "and the mean CPU a list); skips the database's refresh, page views and SQL baseline.")
  boolean engineOnly;

  @Option(names = "--dump", paramLabel = "FILE", description = "With --engine-only: then write the sample's "
      + "computed lists (items, reasons, neighbours), one line an article, to compare two engines.")
  Path dump;

  @Option(names = "--now", paramLabel = "INSTANT", description = "The engine's clock, fixed (e.g. 2026-12-06T22:00:00Z): "
      + "recommendations depend on the time, so two --dump runs minutes apart differ unless both set it.")
  Instant now;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    try (Wiring wiring = new Wiring(SettingsLoader.fromEnvironment().load(dataDir),
        now == null ? Clock.systemUTC() : Clock.fixed(now, ZoneOffset.UTC))) {
      if (wiring.searchService().isRebuilding()) {
        spec.commandLine().getErr().println("kiosque: the search index is being rebuilt; run kiosque reindex first");
        return 2;
      }
      EvaluationContext context = wiring.evaluation();
      long published = context.articles().countPublished();
      RelatedLatency latency = new RelatedLatency(context);
      var timings = engineOnly ? latency.engineOnly(samples, warmup, 42) : latency.run(samples, warmup, 42);
      out.printf(Locale.ROOT, "%,d published articles; index %s%n%n", published,
          megabytes(size(wiring.settings().indexDir())));
      out.println("| operation | samples | p50 | p95 | p99 | max |");
      out.println("| --- | --- | --- | --- | --- | --- |");
      for (RelatedLatency.Timing t : timings) {
        out.printf(Locale.ROOT, "| %s | %,d | %.2f ms | %.2f ms | %.2f ms | %.1f ms |%n", t.what(), t.samples(), t.p50(),
            t.p95(), t.p99(), t.max());
      }
      if (engineOnly) {
        out.printf(Locale.ROOT, "%nMean CPU a list: %.2f ms%n", timings.getLast().mean());
      }
      if (engineOnly && dump != null) {
        Files.write(dump, latency.describeLists(samples, warmup, 42));
      }
      System.gc();
      MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
      out.printf(Locale.ROOT, "%nHeap used after GC: %s (max %s)%n", megabytes(heap.getUsed()),
          megabytes(heap.getMax()));
    }
    return 0;
  }

  private static long size(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
  }

  private static String megabytes(long bytes) {
    return String.format(Locale.ROOT, "%.0f MB", bytes / 1024.0 / 1024.0);
  }
}
