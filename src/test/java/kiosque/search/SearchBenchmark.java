package kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.testsupport.SearchTestSupport;

/**
 * Search latency over a large corpus: {@code bench/search.sh} runs it (see docs/benchmarks.md).
 * Loads the corpus into the data directory's database when it is empty, opens search on the index
 * {@code kiosque reindex} built, then times a fixed mix of queries: p50/p95/p99 per kind and overall.
 */
public final class SearchBenchmark {

  private record Case(String kind, String label, Supplier<Object> run) {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    Path data = Path.of(options.getOrDefault("--data", "/tmp/kiosque-bench/data"));
    int rounds = Integer.parseInt(options.getOrDefault("--rounds", "30"));
    try (Wiring wiring = new Wiring(SearchTestSupport.settings(data), Clock.systemUTC())) {
      if (options.containsKey("--load")) {
        load(wiring, Path.of(options.get("--load")));
        return;
      }
      SearchService search = wiring.searchService();
      if (search.isRebuilding()) {
        System.out.println("The index was missing or behind: waiting for the background rebuild...");
        SearchTestSupport.waitFor(Duration.ofHours(1), () -> !search.isRebuilding());
      }
      long articles = search.search(SearchQuery.of("")).total();
      List<Case> cases = cases(search);
      for (int warm = 0; warm < 5; warm++) {
        cases.forEach(c -> c.run().get());
      }
      Map<String, List<Long>> byKind = new LinkedHashMap<>();
      List<Long> all = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Case c : cases) {
          long start = System.nanoTime();
          c.run().get();
          long took = System.nanoTime() - start;
          byKind.computeIfAbsent(c.kind(), k -> new ArrayList<>()).add(took);
          if (!c.kind().equals("suggest")) {
            all.add(took);
          }
        }
      }
      System.gc();
      long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      System.out.printf("%n%,d articles indexed, index %,d MB on disk, heap used after GC %,d MB, %d rounds of %d queries%n%n",
          articles, sizeOf(SearchTestSupport.settings(data).indexDir()) >> 20, heap >> 20, rounds, cases.size());
      System.out.println("| queries | n | p50 ms | p95 ms | p99 ms | max ms |");
      System.out.println("| --- | ---: | ---: | ---: | ---: | ---: |");
      byKind.forEach((kind, times) -> System.out.println(row(kind, times)));
      System.out.println(row("**all searches** (suggest excluded)", all));
    }
  }

  private static List<Case> cases(SearchService search) {
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
    LocalDate today = LocalDate.now();
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

  private static void load(Wiring wiring, Path corpus) {
    if (wiring.articleStore().countPublished() > 0) {
      System.out.println("The database already holds articles; not loading " + corpus);
      return;
    }
    long start = System.nanoTime();
    int count = SearchTestSupport.loadCorpus(wiring.articleService(), corpus);
    System.out.printf("Loaded %,d articles through ArticleService in %.0f s%n", count,
        (System.nanoTime() - start) / 1e9);
  }

  private static String row(String kind, List<Long> nanos) {
    long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
    return "| %s | %d | %.1f | %.1f | %.1f | %.1f |".formatted(kind, sorted.length, ms(sorted, 0.50), ms(sorted, 0.95),
        ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
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
