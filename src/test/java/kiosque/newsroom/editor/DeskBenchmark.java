package kiosque.newsroom.editor;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.Wiring;
import kiosque.search.ArchiveQuery;
import kiosque.search.ArchiveQuery.Sort;
import kiosque.search.ArchiveSearch;
import kiosque.testsupport.SearchTestSupport;

/**
 * The article list's queries in one JVM, with their CPU time (which a loaded machine delays but does
 * not inflate): the archive index plus the page's rows (what the list does), and the database alone
 * (what serves while the index is rebuilt). {@code bench/newsroom-search.sh} runs it after its HTTP
 * measurement; see docs/benchmarks.md.
 */
public final class DeskBenchmark {

  private record Case(String label, ArchiveQuery query) {}

  public static void main(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Path data = Path.of(options.getOrDefault("--data", "/tmp/kiosque-bench/desk-data-100000"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "20"));
    String section = options.getOrDefault("--section", "Monde");
    String topic = options.getOrDefault("--topic", "France");
    try (Wiring wiring = new Wiring(SearchTestSupport.settings(data), Clock.systemUTC())) {
      ArchiveSearch archive = wiring.archiveSearch();
      if (archive.isRebuilding()) {
        System.out.println("The archive index was missing: waiting for its background build...");
        SearchTestSupport.waitFor(Duration.ofHours(1), () -> !archive.isRebuilding());
      }
      DeskStore desk = new DeskStore(wiring.database().jdbi());
      List<Case> cases = cases(section, topic);
      ThreadMXBean threads = ManagementFactory.getThreadMXBean();
      for (String path : List.of("index", "sql")) {
        List<long[]> all = new ArrayList<>();
        for (int round = 0; round < rounds + 3; round++) {
          for (Case c : cases) {
            long cpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            if (path.equals("index")) {
              desk.rows(archive.find(c.query()).orElseThrow().ids());
            } else {
              desk.search(c.query());
            }
            if (round >= 3) {
              all.add(new long[] {System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu});
            }
          }
        }
        System.out.println(row(path.equals("index") ? "archive index + rows" : "database alone (rebuild fallback)", all));
      }
      System.out.printf("%d rounds of %d queries, load average %s%n", rounds, cases.size(),
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static List<Case> cases(String section, String topic) {
    Instant from = Instant.parse("2020-01-01T00:00:00Z");
    Instant until = Instant.parse("2023-01-01T00:00:00Z");
    return List.of(
        new Case("all", new ArchiveQuery("", null, null, null, null, null, null, null, 0, 50)),
        new Case("drafts", new ArchiveQuery("", "draft", null, null, null, null, null, null, 0, 50)),
        new Case("word", new ArchiveQuery("gouvernement", null, null, null, null, null, null, null, 0, 50)),
        new Case("elision", new ArchiveQuery("l'économie", "published", null, null, null, null, null, null, 0, 50)),
        new Case("words by change", new ArchiveQuery("élection présidentielle", null, null, null, null, null, null,
            Sort.UPDATED, 0, 50)),
        new Case("section by publication", new ArchiveQuery("", null, section, null, null, null, null, Sort.PUBLISHED,
            0, 50)),
        new Case("author drafts", new ArchiveQuery("", "draft", null, "A.K", null, null, null, null, 0, 50)),
        new Case("topic and dates", new ArchiveQuery("", null, null, null, topic, from, until, null, 0, 50)),
        new Case("word page 3", new ArchiveQuery("football", null, null, null, null, null, null, null, 100, 50)),
        new Case("dates page 2", new ArchiveQuery("", null, null, null, null, Instant.parse("2024-01-01T00:00:00Z"),
            Instant.parse("2024-07-01T00:00:00Z"), Sort.PUBLISHED, 50, 50)),
        new Case("word section status", new ArchiveQuery("santé", "in_review", section, null, null, null, null, null,
            0, 50)),
        new Case("unpublished page 5", new ArchiveQuery("", "unpublished", null, null, null, null, null, null, 200, 50)));
  }

  private static String row(String kind, List<long[]> times) {
    long[] wall = times.stream().mapToLong(t -> t[0]).sorted().toArray();
    long[] cpu = times.stream().mapToLong(t -> t[1]).sorted().toArray();
    return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f |".formatted(kind, wall.length, ms(wall, 0.50),
        ms(wall, 0.95), ms(wall, 0.99), wall[wall.length - 1] / 1e6, ms(cpu, 0.50), ms(cpu, 0.95));
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }
}
