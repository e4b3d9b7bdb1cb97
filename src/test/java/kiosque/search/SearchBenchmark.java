package kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;
import org.apache.lucene.search.IndexSearcher;

/**
 * Search latency over a large corpus: {@code bench/search.sh} runs it (see docs/benchmarks.md).
 * Opens search on the index {@code kiosque reindex} built in the data directory, runs a fixed mix
 * of queries five times to warm up, then times {@code --rounds} more: p50/p95/p99 per kind and overall.
 * {@code --no-query-cache} turns Lucene's query cache off. {@code --only KIND} runs one kind of
 * query (to profile it alone); {@code --per-query} adds each query's CPU median and match count;
 * {@code --first-pages FILE} writes each query's total, proposal and first page of ids at a fixed
 * "now", to compare two versions' rankings with {@code diff}.
 */
public final class SearchBenchmark {

  private record Case(String kind, String label, Supplier<Object> run) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path data = Path.of(options.getOrDefault("--data", "/tmp/kiosque-bench/data"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "30"));
    if (options.containsKey("--no-query-cache")) {
      // The mix repeats each query every round: Lucene's query cache may keep the matches of the
      // non-scoring parts. Without it, every search finds its matches again, as a first search does.
      IndexSearcher.setDefaultQueryCache(null);
    }
    // Freshness moves with the clock: two versions compared by their first pages search at one instant.
    Clock clock = options.containsKey("--first-pages") ? Clock.fixed(FIRST_PAGES_AT, ZoneOffset.UTC) : Clock.systemUTC();
    try (Wiring wiring = new Wiring(SearchTestSupport.settings(data), clock)) {
      SearchService search = wiring.searchService();
      if (search.isRebuilding()) {
        System.out.println("The index was missing or behind: waiting for the background rebuild...");
        SearchTestSupport.waitFor(Duration.ofHours(1), () -> !search.isRebuilding());
      }
      long articles = search.search(SearchQuery.of("")).total();
      List<Case> cases = cases(search, LocalDate.now(clock)).stream()
          .filter(c -> !options.containsKey("--only") || c.kind().equals(options.get("--only"))).toList();
      if (options.containsKey("--first-pages")) {
        writeFirstPages(Path.of(options.get("--first-pages")), cases);
        return;
      }
      for (int warm = 0; warm < 5; warm++) {
        cases.forEach(c -> c.run().get());
      }
      // Wall time is what a reader waits; CPU time is the work itself, which the other processes
      // of a shared machine do not inflate (they only delay it).
      // And the bytes a search allocates: a count the load does not blur, to compare versions on a busy machine.
      com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      Map<String, List<long[]>> byKind = new LinkedHashMap<>();
      Map<Case, List<long[]>> byQuery = new LinkedHashMap<>();
      List<long[]> all = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Case c : cases) {
          long allocated = threads.getCurrentThreadAllocatedBytes();
          long cpu = threads.getCurrentThreadCpuTime();
          long start = System.nanoTime();
          c.run().get();
          long[] took = {System.nanoTime() - start, threads.getCurrentThreadCpuTime() - cpu,
              threads.getCurrentThreadAllocatedBytes() - allocated};
          byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(took);
          byQuery.computeIfAbsent(c, k -> new ArrayList<>()).add(took);
          if (!c.kind().equals("suggest")) {
            all.add(took);
          }
        }
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf("%n%,d articles indexed, index %,d MB on disk, heap used after GC %,d MB, %d rounds of %d queries%n%n",
          articles, sizeOf(SearchTestSupport.settings(data).indexDir()) >> 20, heap >> 20, rounds, cases.size());
      System.out.println("| queries | n | p50 ms | p95 ms | p99 ms | max ms | CPU p50 ms | CPU p95 ms | CPU p99 ms | KB allocated p50 |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
      byKind.forEach((kind, times) -> System.out.println(row(kind, times)));
      System.out.println(row("**all searches** (suggest excluded)", all));
      if (options.containsKey("--per-query")) {
        System.out.println();
        byQuery.forEach((c, times) -> System.out.println(row(c.kind() + ": " + c.label() + " (" + found(c) + ")", times)));
      }
    }
  }

  private static final Instant FIRST_PAGES_AT = Instant.parse("2026-12-06T12:00:00Z");

  private static String found(Case c) {
    return c.run().get() instanceof SearchResults results ? results.total() + " found" : "suggestions";
  }

  /**
   * One line per search: its total, its proposal, whether approximate, the ids of its first page in order, its
   * snippets' digest and its facet counts' digest.
   */
  private static void writeFirstPages(Path file, List<Case> cases) throws IOException {
    List<String> lines = new ArrayList<>();
    for (Case c : cases) {
      if (c.run().get() instanceof SearchResults results) {
        // The snippets as a digest: a change in highlighting shows without printing every excerpt.
        String snippets = Integer.toHexString(results.hits().items().stream()
            .map(hit -> hit.title().html() + "|" + hit.excerpt().html()).toList().hashCode());
        // The facet counts too: the sections', topics' and authors' values, counts and order, as a digest.
        String facets = Integer.toHexString(List.of(results.sections(), results.topics(), results.authors()).hashCode());
        lines.add("%s | %s | total %d | proposal %s | approximate %s | %s | snippets %s | facets %s".formatted(c.kind(),
            c.label(), results.total(), results.didYouMean().orElse("-"), results.approximate(),
            results.hits().items().stream().map(hit -> Long.toString(hit.teaser().id())).toList(), snippets, facets));
      }
    }
    Files.write(file, lines);
    System.out.println("First pages of " + lines.size() + " searches written to " + file);
  }

  private static List<Case> cases(SearchService search, LocalDate today) {
    List<Case> cases = new ArrayList<>();
    for (String q : List.of("Macron", "Trump", "Burundi", "séisme", "chômage", "Syrie", "football", "élections")) {
      cases.add(query("one word", q, SearchQuery.of(q), search));
    }
    for (String q : List.of("élection présidentielle", "jeux olympiques rio", "gilets jaunes paris",
        "état islamique syrie", "réchauffement climatique", "l'union européenne et le brexit")) {
      cases.add(query("several words", q, SearchQuery.of(q), search));
    }
    for (String q : List.of("\"gilets jaunes\"", "\"premier ministre\"", "\"coupe du monde\"")) {
      cases.add(query("phrase", q, SearchQuery.of(q), search));
    }
    for (String q : List.of("Makron", "Trmup", "Buruni", "olympiqes", "rechaufement climatiqe")) {
      cases.add(query("typo (fallback)", q, SearchQuery.of(q), search));
    }
    cases.add(query("filtered", "macron, section France", SearchQuery.of("macron").withSection("France"), search));
    cases.add(query("filtered", "all of Sport", SearchQuery.of("").withSection("Sport"), search));
    cases.add(query("filtered", "trump, last year", SearchQuery.of("trump").withDates(today.minusYears(1), today), search));
    cases.add(query("filtered", "topic Donald Trump", SearchQuery.of("").withTopic("Donald Trump"), search));
    cases.add(query("filtered", "syrie by date, page 3",
        SearchQuery.of("syrie").withOrder(SearchQuery.Order.DATE).withPage(3), search));
    cases.add(query("long", "pasted sentence", SearchQuery.of(
        "Le président de la République a annoncé hier soir une série de mesures pour répondre à la crise"
            + " des gilets jaunes et au mécontentement des Français"), search));
    for (String typed : List.of("mac", "gilets ja", "jeux o", "tr", "états-u")) {
      cases.add(new Case("suggest", typed, () -> search.suggest(typed)));
    }
    return cases;
  }

  private static Case query(String kind, String label, SearchQuery query, SearchService search) {
    return new Case(kind, label, () -> search.search(query));
  }

  private static String row(String kind, List<long[]> times) {
    long[] wall = times.stream().mapToLong(t -> t[0]).sorted().toArray();
    long[] cpu = times.stream().mapToLong(t -> t[1]).sorted().toArray();
    long[] allocated = times.stream().mapToLong(t -> t[2]).sorted().toArray();
    return "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %.1f | %,d |".formatted(kind, wall.length, ms(wall, 0.50),
        ms(wall, 0.95), ms(wall, 0.99), wall[wall.length - 1] / 1e6, ms(cpu, 0.50), ms(cpu, 0.95), ms(cpu, 0.99),
        allocated[(allocated.length - 1) / 2] >> 10);
  }

  private static double ms(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, index)] / 1e6;
  }

  private static long sizeOf(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.mapToLong(file -> {
        try {
          return Files.size(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }).sum();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].startsWith("--")) {
        options.put(args[i], i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "");
      }
    }
    return options;
  }

  private SearchBenchmark() {}
}
