package kiosque.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import kiosque.Wiring;
import kiosque.config.SettingsLoader;
import kiosque.imports.ImportProgress;
import kiosque.imports.JsonLinesImporter;
import kiosque.search.SearchService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the reader's search on judged queries: imports the corpus into a new data directory,
 * builds the index as a new node would, runs every query through the real {@link SearchService} and
 * prints nDCG@10 and MRR per kind of query and overall as a Markdown table. Hidden from {@code
 * kiosque --help}: a measuring tool for developers (docs/benchmarks.md), not a job of the site.
 */
@Command(name = "eval-search", hidden = true, mixinStandardHelpOptions = true,
    description = "Measures search ranking (nDCG@10, MRR) on judged French queries over the Wikinews corpus.")
public final class EvalSearchCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "JSON Lines corpus (plain or gzip). Default: ../shared/data/wikinews-fr/articles.jsonl.gz")
  Path corpus = Path.of("..", "shared", "data", "wikinews-fr", "articles.jsonl.gz");

  @Option(names = "--queries", paramLabel = "FILE",
      description = "Judged queries (kind, query, id:grade ...). Default: src/test/resources/search/judged-queries.tsv")
  Path queries = Path.of("src", "test", "resources", "search", "judged-queries.tsv");

  @Option(names = "--data", paramLabel = "DIR",
      description = "A new or empty data directory for the evaluation. Default: a temporary one, deleted after.")
  Path dataDir;

  @Option(names = "--per-query", description = "Also print each query's scores, first results and proposal.")
  boolean perQuery;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (Path input : List.of(corpus, queries)) {
      if (!Files.isRegularFile(input)) {
        err.println("kiosque: no file at " + input);
        return 2;
      }
    }
    List<SearchJudgements.Judged> judged = SearchJudgements.read(queries);
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("kiosque-eval-search-") : dataDir;
    if (!temporary && Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          err.println("kiosque: " + dir + " is not empty; the evaluation needs a new data directory");
          return 2;
        }
      }
    }
    try {
      Files.createDirectories(dir);
      // "Now" is the day after the newest article, as on the site back then: freshness counts as it did.
      Instant now = newest(corpus).plus(Duration.ofDays(1));
      try (Wiring wiring = new Wiring(SettingsLoader.fromEnvironment().load(dir), Clock.fixed(now, ZoneOffset.UTC))) {
        new JsonLinesImporter(wiring.articleService()).importFile(corpus, ImportProgress.NONE);
        // Opening search on a data directory without an index builds it, as on a new node.
        SearchService search = wiring.searchService();
        while (search.isRebuilding()) {
          Thread.sleep(50);
        }
        Map<Long, String> corpusIds = new HashMap<>();
        wiring.database().jdbi().useHandle(h -> h.createQuery("select id, external_id from article")
            .map((rs, ctx) -> Map.entry(rs.getLong("id"), String.valueOf(rs.getString("external_id"))))
            .forEach(e -> corpusIds.put(e.getKey(), e.getValue())));
        SearchEvaluation.Report report = new SearchEvaluation(search, id -> corpusIds.getOrDefault(id, "?")).run(judged);
        print(out, report, now);
      }
      return 0;
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private void print(PrintWriter out, SearchEvaluation.Report report, Instant now) {
    out.printf(Locale.ROOT, "Corpus %s, %d judged queries from %s; now = %s%n%n", corpus, report.queries().size(),
        queries, now);
    out.println("| queries | count | nDCG@10 | MRR@10 |");
    out.println("| --- | --- | --- | --- |");
    report.meansByKind().forEach((kind, means) ->
        out.printf(Locale.ROOT, "| %s | %d | %.3f | %.3f |%n", kind, (int) means[2], means[0], means[1]));
    out.printf(Locale.ROOT, "| **all** | %d | **%.3f** | **%.3f** |%n", report.queries().size(), report.ndcg(),
        report.mrr());
    if (perQuery) {
      out.println();
      for (SearchEvaluation.Scored s : report.queries()) {
        out.printf(Locale.ROOT, "%-8s %.3f %.3f  %s%s%n    %s%n", s.judged().kind(), s.ndcg(), s.reciprocalRank(),
            s.judged().query(), s.didYouMean() == null ? "" : "  (vouliez-vous dire : " + s.didYouMean() + ")",
            s.returned().stream().map(id -> mark(id, s.judged().grades()))
                .limit(SearchEvaluation.DEPTH).toList());
      }
    }
  }

  /** The newest publication time in the corpus. */
  private static Instant newest(Path file) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Instant newest = Instant.EPOCH;
    try (InputStream raw = Files.newInputStream(file);
         BufferedReader lines = new BufferedReader(new InputStreamReader(
             file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw, StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        JsonNode published = line.isBlank() ? null : json.readTree(line).get("published_at");
        if (published != null && !published.isNull()) {
          Instant at = Instant.parse(published.asText());
          newest = at.isAfter(newest) ? at : newest;
        }
      }
    }
    return newest;
  }

  private static String mark(String id, Map<String, Integer> grades) {
    String shortId = id.startsWith(SearchJudgements.ID_PREFIX) ? id.substring(SearchJudgements.ID_PREFIX.length()) : id;
    Integer grade = grades.get(id);
    return grade == null ? shortId : shortId + "=" + grade;
  }

  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot delete the evaluation directory " + dir, e);
    }
  }
}
