package kiosque.evaluation;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import kiosque.Wiring;
import kiosque.config.SettingsLoader;
import kiosque.imports.ImportProgress;
import kiosque.imports.JsonLinesImporter;
import kiosque.related.FurtherWeights;
import kiosque.related.SimilarityWeights;
import kiosque.search.RebuildProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Evaluates the related lists on a labelled corpus: imports it without its entity tags into a new
 * data directory, builds the index, computes every article's lists, and prints precision@4 and
 * nDCG@10 for the engine and the baselines as a Markdown table. Hidden from {@code kiosque --help}: a
 * measuring tool for developers (docs/benchmarks.md), not a job of the site.
 */
@Command(name = "eval-related", hidden = true, mixinStandardHelpOptions = true,
    description = "Measures the related-articles engine against shared-topics and latest-in-section baselines "
        + "on a corpus whose tags are a title prefix plus named entities (the Wikinews corpus).")
public final class EvalRelatedCommand implements Callable<Integer> {

  @Option(names = "--corpus", paramLabel = "FILE",
      description = "JSON Lines corpus (plain or gzip). Default: ../shared/data/wikinews-fr/articles.jsonl.gz")
  Path corpus = Path.of("..", "shared", "data", "wikinews-fr", "articles.jsonl.gz");

  @Option(names = "--data", paramLabel = "DIR",
      description = "A new or empty data directory for the evaluation. Default: a temporary one, deleted after.")
  Path dataDir;

  @Option(names = "--ablation", description = "Also score the ranking with key terms only, names only, topics only.")
  boolean ablation;

  @Option(names = "--weights", paramLabel = "T,H,E,P", hidden = true,
      description = "Weights of key terms in text, in headlines, names and topics for the ranking row (tuning).")
  String weights;

  @Option(names = "--try", paramLabel = "NAME=VALUE,...", hidden = true,
      description = "A re-ranking of Aller plus loin to score beside the engine (repeatable; tuning), e.g. "
          + "terms=50,cosine=1,time=1,days=7,kicker=0.3.")
  List<String> tries = new ArrayList<>();

  @Option(names = "--features", paramLabel = "FILE", hidden = true,
      description = "Also write, for each article of the half, its first 200 candidates' evidence with their labels "
          + "(JSON Lines), to fit re-rankings offline. Use with --half TUNING only.")
  Path features;

  @Option(names = "--half", paramLabel = "HALF",
      description = "The half of the corpus (split by dossier) whose articles are scored: HELD_OUT (the report, "
          + "default) or TUNING (where weights are tried).")
  DossierSplit.Half half = DossierSplit.Half.HELD_OUT;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(corpus)) {
      err.println("kiosque: no corpus at " + corpus);
      return 2;
    }
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("kiosque-eval-") : dataDir;
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
      Path unlabelled = dir.resolve("corpus-without-entity-tags.jsonl");
      EvalCorpus labelled = EvalCorpus.writeWithoutLabels(corpus, unlabelled);
      // "Now" is the day after the newest article: recommendations are fresh as on the site back then.
      Instant now = labelled.newest().plus(Duration.ofDays(1));
      long started = System.nanoTime();
      try (Wiring wiring = new Wiring(SettingsLoader.fromEnvironment().load(dir), Clock.fixed(now, ZoneOffset.UTC))) {
        new JsonLinesImporter(wiring.articleService()).importFile(unlabelled, ImportProgress.NONE);
        wiring.rebuildSearchIndex(RebuildProgress.NONE);
        RelatedEvaluation evaluation = new RelatedEvaluation(wiring.evaluation());
        if (features != null) {
          evaluation.writeFeatures(labelled, half, features);
        }
        RelatedEvaluation.Report report = evaluation.run(labelled, half,
            weights == null ? SimilarityWeights.DEFAULT : SimilarityWeights.parse(weights), ablation,
            tries.stream().map(FurtherWeights::parse).toList(), now);
        print(out, report, now, Duration.ofNanos(System.nanoTime() - started));
      }
      return 0;
    } finally {
      if (temporary) {
        delete(dir);
      }
    }
  }

  private void print(PrintWriter out, RelatedEvaluation.Report report, Instant now, Duration took) {
    out.printf(Locale.ROOT, "Corpus %s: %,d articles, now = %s.%nScored on half %s: %,d articles; the corpus is "
        + "split by dossier (no story on both sides), weights are tuned on the other half. Candidates: the whole "
        + "corpus. 95 %% bootstrap intervals over queries (%,d draws, seed %d).%n", corpus, report.articles(), now,
        report.half().label, report.inHalf(), Metrics.RESAMPLES, Metrics.SEED);
    for (RelatedEvaluation.LabelSetReport set : report.labelSets()) {
      out.printf(Locale.ROOT, "%n### Labels: %s — %,d queries, %.1f relevant articles on average%n%n", set.labels(),
          set.queries(), set.meanRelevant());
      out.println("| system | precision@4 | nDCG@10 | coverage (a relevant item in 4) |");
      out.println("| --- | --- | --- | --- |");
      for (RelatedEvaluation.Row row : set.rows()) {
        out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", row.system(), estimate(row.precisionAt4()),
            estimate(row.ndcgAt10()), estimate(row.coverage()));
      }
      out.println();
      for (RelatedEvaluation.Lead lead : set.leads()) {
        Metrics.Estimate d = lead.difference();
        out.printf(Locale.ROOT, "- %s: engine − best baseline (%s) = %+.3f [%+.3f, %+.3f] → %s%n", lead.measure(),
            lead.baseline(), d.mean(), d.low(), d.high(),
            d.aboveZero() ? "engine ahead beyond the interval" : "not ahead beyond the interval");
      }
      for (RelatedEvaluation.Lead tried : set.tries()) {
        Metrics.Estimate d = tried.difference();
        out.printf(Locale.ROOT, "- %s: %s − the engine's ranking (both before the headline de-duplication) = "
            + "%+.3f [%+.3f, %+.3f]%n", tried.measure(), tried.baseline(), d.mean(), d.low(), d.high());
      }
    }
    out.printf(Locale.ROOT, "%n### Ces articles devraient vous intéresser (10, fresh and diverse, none of the first "
        + "four)%n%n");
    out.println("| labels | relevance@10 | pages two years old | share of items from the last 180 days |");
    out.println("| --- | --- | --- | --- |");
    for (RelatedEvaluation.RecommendationReport r : report.recommendations()) {
      out.printf(Locale.ROOT, "| %s | %s | %,d | %s |%n", r.labels(), estimate(r.precisionAt10()), r.oldPages(),
          estimate(r.recentShare()));
    }
    out.printf(Locale.ROOT, "%nLists computed in %.1f ms per article (both lists, stored); whole run %.1f s%n",
        report.millisPerArticle(), took.toMillis() / 1000.0);
  }

  private static String estimate(Metrics.Estimate e) {
    return Double.isNaN(e.mean()) ? "—"
        : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.mean(), e.low(), e.high());
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
