package kiosque.evaluation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import kiosque.EvaluationContext;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.evaluation.DossierSplit.Half;
import kiosque.evaluation.Metrics.Estimate;
import kiosque.related.FurtherWeights;
import kiosque.related.RankingFeatures;
import kiosque.related.RelatedProbe;
import kiosque.related.RelatedService;
import kiosque.related.SimilarityWeights;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores the related lists against a labelled corpus already imported without its labels, on one
 * half of the corpus split by dossier ({@link DossierSplit}): for each label set (names, story,
 * events), precision@4, nDCG@10 and coverage (a relevant item among the first four) of the engine
 * and of four baselines computed in the same run on the same candidates (the whole corpus): TF-IDF
 * cosine, TF-IDF with the headline weighted up and a time decay, shared topics by rarity, latest in
 * section. Each mean comes with a bootstrap 95 % interval over the half's queries, and the engine
 * with the paired interval of its lead over the best baseline. Queries are the articles of the half
 * with at least one relevant article.
 */
final class RelatedEvaluation {

  static final String ENGINE = "Engine: Aller plus loin as shipped (4; nDCG from its ranking of 10)";
  static final String TFIDF = "Baseline: TF-IDF cosine, whole text";
  static final String TFIDF_HEADLINE = "Baseline: TF-IDF, headline ×3, time decay";
  static final String TOPICS = "Baseline: shared topics by rarity";
  static final String LATEST = "Baseline: latest in section";
  static final String TRY = "Try: ";
  static final List<String> BASELINES = List.of(TFIDF, TFIDF_HEADLINE, TOPICS, LATEST);
  static final Duration RECENT = Duration.ofDays(180);
  static final Duration TWO_YEARS = Duration.ofDays(730);
  /** Candidates written per article by {@link #writeFeatures}: more than the engine re-ranks, to try more. */
  static final int FEATURE_CANDIDATES = 200;

  /** One system's scores on one label set. */
  record Row(String system, Estimate precisionAt4, Estimate ndcgAt10, Estimate coverage) {}

  /** The engine's paired lead over the best baseline on one measure. */
  record Lead(String measure, String baseline, Estimate difference) {}

  /**
   * @param tries each tried re-ranking's paired difference with the engine's own ranking on precision@4,
   *     both first four before the headline de-duplication (the try rows are of that kind, the engine's
   *     row is of the shown list): what a try changes, told from noise
   */
  record LabelSetReport(String labels, int queries, double meanRelevant, List<Row> rows, List<Lead> leads,
      List<Lead> tries) {}

  /** "Ces articles devraient vous intéresser": relevance at 10, and freshness on pages two years old. */
  record RecommendationReport(String labels, Estimate precisionAt10, int oldPages, Estimate recentShare) {}

  record Report(int articles, Half half, int inHalf, double millisPerArticle, List<LabelSetReport> labelSets,
      List<RecommendationReport> recommendations) {}

  private final Jdbi jdbi;
  private final ArticleStore articles;
  private final RelatedService related;
  private final RelatedProbe probe;

  RelatedEvaluation(EvaluationContext context) {
    this.jdbi = context.jdbi();
    this.articles = context.articles();
    this.related = context.related();
    this.probe = context.probe();
  }

  /** The ablation: the engine's ranking with one kind of evidence at a time. */
  static final Map<String, SimilarityWeights> ABLATION = Map.of(
      "Engine ranking, key terms only (text and headline)", new SimilarityWeights(1f, 0.6f, 0f, 0f),
      "Engine ranking, names only", new SimilarityWeights(0f, 0f, 1f, 0f),
      "Engine ranking, topics only", new SimilarityWeights(0f, 0f, 0f, 1f));

  /**
   * @param weights the weights of the engine's ranking (the shipped lists always use the defaults)
   * @param ablation also score the ranking with one kind of evidence at a time
   */
  public Report run(EvalCorpus corpus, Half half, SimilarityWeights weights, boolean ablation, Instant now) {
    return run(corpus, half, weights, ablation, List.of(), now);
  }

  /**
   * @param tries re-rankings to score beside the engine, each as its own row (its ranking's first
   *     four, before the headline de-duplication the shipped list applies): tuning on half A
   */
  public Report run(EvalCorpus corpus, Half half, SimilarityWeights weights, boolean ablation,
      List<FurtherWeights> tries, Instant now) {
    Map<Long, String> externalIds = externalIds();
    List<Article> all = published();
    Function<Article, EvalCorpus.Labels> labels = a -> corpus.labels(externalIds.getOrDefault(a.id(), ""));
    Map<String, Map<Long, Set<Long>>> relevance = labelSets(all, labels);
    List<Article> queries = all.stream().filter(a -> DossierSplit.of(labels.apply(a).dossier()) == half).toList();

    long started = System.nanoTime();
    for (Article article : all) {
      related.refresh(article.id());
    }
    double millisPerArticle = (System.nanoTime() - started) / 1e6 / Math.max(1, all.size());

    TfIdfBaselines tfidf = new TfIdfBaselines(all, probe.textAnalyzer());
    Map<Long, Map<String, List<Long>>> lists = new HashMap<>();
    Map<Long, List<Long>> recommended = new HashMap<>();
    for (Article article : queries) {
      Map<String, List<Long>> bySystem = new LinkedHashMap<>();
      List<Long> further = probe.shownFurther(article.id()).stream().limit(4).toList();
      List<Long> ranking = probe.ranking(article, 10, weights);
      bySystem.put(ENGINE, further);
      bySystem.put("ranking:" + ENGINE, ranking);
      bySystem.put(TFIDF, tfidf.cosine(article, 10));
      bySystem.put(TFIDF_HEADLINE, tfidf.headlineAndTime(article, 10));
      long section = article.section() == null ? -1 : article.section().id();
      bySystem.put(TOPICS, probe.sharingTopicsByRarity(article.id(), section, 10));
      bySystem.put(LATEST, probe.latestInSection(section, 11).stream().filter(id -> id != article.id()).limit(10)
          .toList());
      for (FurtherWeights tried : tries) {
        bySystem.put(TRY + tried, probe.ranking(article, 10, weights, tried));
      }
      if (ablation) {
        for (String variant : new TreeSet<>(ABLATION.keySet())) {
          bySystem.put(variant, probe.ranking(article, 10, ABLATION.get(variant)));
        }
      }
      lists.put(article.id(), bySystem);
      Set<Long> shown = new HashSet<>(further);
      recommended.put(article.id(), probe.shownRecommended(article.id()).stream().filter(id -> !shown.contains(id))
          .limit(10).toList());
    }

    Map<Long, Instant> published = new HashMap<>();
    all.forEach(a -> published.put(a.id(), a.publishedAt()));
    List<LabelSetReport> reports = new ArrayList<>();
    List<RecommendationReport> recommendations = new ArrayList<>();
    relevance.forEach((name, relevant) -> {
      List<Article> asked = queries.stream().filter(a -> !relevant.get(a.id()).isEmpty()).toList();
      reports.add(score(name, asked, relevant, lists));
      recommendations.add(recommendations(name, asked, relevant, recommended, published, now));
    });
    return new Report(all.size(), half, queries.size(), millisPerArticle, reports, recommendations);
  }

  /** The candidates' evidence for each article of the half, with its labels, one JSON line per article. */
  void writeFeatures(EvalCorpus corpus, Half half, Path file) throws IOException {
    Map<Long, String> externalIds = externalIds();
    List<Article> all = published();
    Function<Article, EvalCorpus.Labels> labels = a -> corpus.labels(externalIds.getOrDefault(a.id(), ""));
    Map<String, Map<Long, Set<Long>>> relevance = labelSets(all, labels);
    ObjectMapper json = new ObjectMapper();
    TfIdfBaselines tfidf = new TfIdfBaselines(all, probe.textAnalyzer());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      for (Article article : all) {
        if (DossierSplit.of(labels.apply(article).dossier()) != half) {
          continue;
        }
        RankingFeatures features = probe.features(article, FEATURE_CANDIDATES, SimilarityWeights.DEFAULT);
        Map<Long, double[]> baselines = tfidf.allCosines(article);
        ObjectNode line = json.createObjectNode();
        line.put("id", article.id());
        ObjectNode relevantCounts = line.putObject("relevant");
        relevance.forEach((name, relevant) -> relevantCounts.put(name, relevant.get(article.id()).size()));
        ArrayNode terms = line.putArray("terms");
        features.terms().forEach(t -> terms.addObject().put("w", t.weight()).put("idf", t.idf()));
        line.set("self", components(json, features.self()));
        // Where the baseline's own first ten stand, to tell a candidate the engine's query missed.
        ArrayNode baselineTop = line.putArray("tfidfTop");
        for (long id : tfidf.cosine(article, 10)) {
          ArrayNode labelled = baselineTop.addObject().put("id", id).putArray("labels");
          relevance.forEach((name, relevant) -> {
            if (relevant.get(article.id()).contains(id)) {
              labelled.add(name);
            }
          });
        }
        ArrayNode candidates = line.putArray("candidates");
        for (RankingFeatures.Row row : features.candidates()) {
          ObjectNode c = candidates.addObject();
          c.put("id", row.articleId()).put("sim", row.similarity()).put("days", row.daysApart())
              .put("kicker", row.kicker()).put("names", row.names()).put("section", row.sameSection());
          double[] baseline = baselines.getOrDefault(row.articleId(), new double[2]);
          c.put("tfidf", baseline[0]).put("tfidfHeadline", baseline[1]);
          c.set("text", components(json, row.text()));
          ArrayNode headline = c.putArray("headline");
          row.headline().forEach(headline::add);
          ArrayNode labelled = c.putArray("labels");
          relevance.forEach((name, relevant) -> {
            if (relevant.get(article.id()).contains(row.articleId())) {
              labelled.add(name);
            }
          });
        }
        out.write(json.writeValueAsString(line));
        out.newLine();
      }
    }
  }

  private static ObjectNode components(ObjectMapper json, Map<Integer, Double> sparse) {
    ObjectNode node = json.createObjectNode();
    sparse.forEach((t, v) -> node.put(Integer.toString(t), v));
    return node;
  }

  private Map<Long, String> externalIds() {
    Map<Long, String> externalIds = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select id, external_id from article where external_id is not null")
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("external_id")))
        .forEach(e -> externalIds.put(e.getKey(), e.getValue())));
    return externalIds;
  }

  /** Each label set's relevant articles, by article: story, events, names. */
  private static Map<String, Map<Long, Set<Long>>> labelSets(List<Article> all,
      Function<Article, EvalCorpus.Labels> labels) {
    Map<String, Map<Long, Set<Long>>> relevance = new LinkedHashMap<>();
    relevance.put("story (same dossier)", relevance(all, a -> labels.apply(a).story() == null ? Set.of()
        : Set.of(labels.apply(a).story())));
    relevance.put("events (a shared event)", relevance(all, a -> labels.apply(a).events()));
    relevance.put("names (a shared named entity)", relevance(all, a -> labels.apply(a).entities()));
    return relevance;
  }

  private static LabelSetReport score(String name, List<Article> asked, Map<Long, Set<Long>> relevant,
      Map<Long, Map<String, List<Long>>> lists) {
    int n = asked.size();
    Map<String, double[][]> perSystem = new LinkedHashMap<>();
    for (int q = 0; q < n; q++) {
      Article article = asked.get(q);
      Set<Long> rel = relevant.get(article.id());
      Map<String, List<Long>> bySystem = lists.get(article.id());
      for (Map.Entry<String, List<Long>> entry : bySystem.entrySet()) {
        if (entry.getKey().startsWith("ranking:")) {
          continue;
        }
        List<Long> forNdcg = bySystem.getOrDefault("ranking:" + entry.getKey(), entry.getValue());
        double[][] values = perSystem.computeIfAbsent(entry.getKey(), k -> new double[3][n]);
        values[0][q] = Metrics.precision(entry.getValue(), rel, 4);
        values[1][q] = Metrics.ndcg(forNdcg, rel, 10);
        values[2][q] = Metrics.covered(entry.getValue(), rel, 4);
      }
    }
    List<Row> rows = new ArrayList<>();
    perSystem.forEach((system, v) -> rows.add(new Row(system, Metrics.bootstrap(v[0]), Metrics.bootstrap(v[1]),
        Metrics.bootstrap(v[2]))));
    List<Lead> leads = new ArrayList<>();
    String[] measures = {"precision@4", "nDCG@10", "coverage"};
    for (int m = 0; m < measures.length; m++) {
      int measure = m;
      String best = BASELINES.stream().max(Comparator.comparingDouble(b -> mean(perSystem.get(b)[measure]))).orElseThrow();
      leads.add(new Lead(measures[m], best, Metrics.pairedDifference(perSystem.get(ENGINE)[m], perSystem.get(best)[m])));
    }
    double[] engineRanking = new double[n];
    for (int q = 0; q < n; q++) {
      Article article = asked.get(q);
      engineRanking[q] = Metrics.precision(lists.get(article.id()).get("ranking:" + ENGINE), relevant.get(article.id()),
          4);
    }
    List<Lead> tries = new ArrayList<>();
    perSystem.forEach((system, v) -> {
      if (system.startsWith(TRY)) {
        tries.add(new Lead("precision@4", system, Metrics.pairedDifference(v[0], engineRanking)));
      }
    });
    double meanRelevant = asked.stream().mapToInt(a -> relevant.get(a.id()).size()).average().orElse(0);
    return new LabelSetReport(name, n, meanRelevant, rows, leads, tries);
  }

  private static RecommendationReport recommendations(String name, List<Article> asked,
      Map<Long, Set<Long>> relevant, Map<Long, List<Long>> recommended, Map<Long, Instant> published, Instant now) {
    double[] precision = new double[asked.size()];
    List<Double> recentShares = new ArrayList<>();
    for (int q = 0; q < asked.size(); q++) {
      Article article = asked.get(q);
      List<Long> items = recommended.get(article.id());
      precision[q] = Metrics.precision(items, relevant.get(article.id()), 10);
      if (!article.publishedAt().isAfter(now.minus(TWO_YEARS)) && !items.isEmpty()) {
        recentShares.add(items.stream().filter(id -> !published.get(id).isBefore(now.minus(RECENT))).count()
            / (double) items.size());
      }
    }
    return new RecommendationReport(name, Metrics.bootstrap(precision), recentShares.size(),
        Metrics.bootstrap(recentShares.stream().mapToDouble(Double::doubleValue).toArray()));
  }

  private static double mean(double[] values) {
    double sum = 0;
    for (double v : values) {
      sum += v;
    }
    return values.length == 0 ? 0 : sum / values.length;
  }

  private List<Article> published() {
    List<Article> all = new ArrayList<>();
    long after = 0;
    while (true) {
      ArticleStore.PublishedPage page = articles.publishedPageAfter(after, 500);
      all.addAll(page.articles());
      if (page.isLast()) {
        return all;
      }
      after = page.lastId();
    }
  }

  /** For each article, the other articles sharing at least one of its labels. */
  private static Map<Long, Set<Long>> relevance(List<Article> all, Function<Article, Set<String>> labels) {
    Map<String, Set<Long>> byLabel = new HashMap<>();
    for (Article article : all) {
      labels.apply(article).forEach(e -> byLabel.computeIfAbsent(e, k -> new HashSet<>()).add(article.id()));
    }
    Map<Long, Set<Long>> relevant = new HashMap<>();
    for (Article article : all) {
      Set<Long> rel = new HashSet<>();
      labels.apply(article).forEach(e -> rel.addAll(byLabel.get(e)));
      rel.remove(article.id());
      relevant.put(article.id(), rel);
    }
    return relevant;
  }

  /** Relevant items among the first {@code k}, over k. */
  static double precision(List<Long> ranked, Set<Long> relevant, int k) {
    return Metrics.precision(ranked, relevant, k);
  }

  /** Binary-relevance nDCG at {@code k}. */
  static double ndcg(List<Long> ranked, Set<Long> relevant, int k) {
    return Metrics.ndcg(ranked, relevant, k);
  }
}
