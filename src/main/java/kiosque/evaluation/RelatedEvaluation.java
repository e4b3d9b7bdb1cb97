package kiosque.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.EvaluationContext;
import kiosque.related.RelatedProbe;
import kiosque.related.RelatedService;
import kiosque.related.SimilarityWeights;
import org.jdbi.v3.core.Jdbi;

/**
 * Scores the related lists against a labelled corpus already imported without its labels:
 * precision@4 of "Aller plus loin" and nDCG@10 of a ranked list of ten, for the engine and two
 * baselines (shared topics only, latest in section), over every article that has at least one
 * related article. Relevance is binary: sharing a hidden entity tag.
 */
final class RelatedEvaluation {

  /** One system's scores; NaN where the measure does not apply. */
  public record Row(String system, double precisionAt4, double ndcgAt10) {}

  /** @param evaluated articles with at least one related article, over which the means are taken */
  public record Report(int articles, int evaluated, double meanRelated, double millisPerArticle, List<Row> rows) {}

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
   * @param weights the weights of the engine's ranking row (the shipped lists always use the defaults)
   * @param ablation also score the ranking with one kind of evidence at a time
   */
  public Report run(EvalCorpus corpus, SimilarityWeights weights, boolean ablation) {
    Map<Long, String> externalIds = new HashMap<>();
    jdbi.useHandle(h -> h.createQuery("select id, external_id from article where external_id is not null")
        .map((rs, ctx) -> Map.entry(rs.getLong("id"), rs.getString("external_id")))
        .forEach(e -> externalIds.put(e.getKey(), e.getValue())));
    List<Article> all = published();
    Map<Long, Set<Long>> relevant = relevance(all, externalIds, corpus);

    long started = System.nanoTime();
    for (Article article : all) {
      related.refresh(article.id());
    }
    double millisPerArticle = (System.nanoTime() - started) / 1e6 / Math.max(1, all.size());

    Map<String, double[]> sums = new LinkedHashMap<>();
    int evaluated = 0;
    long relatedTotal = 0;
    for (Article article : all) {
      Set<Long> rel = relevant.getOrDefault(article.id(), Set.of());
      if (rel.isEmpty()) {
        continue;
      }
      evaluated++;
      relatedTotal += rel.size();
      List<Long> further = probe.shownFurther(article.id()).stream().limit(4).toList();
      Set<Long> shown = new HashSet<>(further);
      List<Long> recommended = probe.shownRecommended(article.id()).stream()
          .filter(id -> !shown.contains(id)).limit(10).toList();
      List<Long> ranking = probe.ranking(article, 10, weights);
      long section = article.section() == null ? -1 : article.section().id();
      List<Long> topicsOnly = probe.sharingTopicsByRarity(article.id(), section, 10);
      List<Long> latestInSection = probe.latestInSection(section, 11).stream()
          .filter(id -> id != article.id()).limit(10).toList();

      add(sums, "Engine: Aller plus loin as shipped (4)", precision(further, rel, 4), Double.NaN);
      add(sums, "Engine: ranking before freshness and diversity (10)", precision(ranking, rel, 4),
          ndcg(ranking, rel, 10));
      add(sums, "Engine: recommendations as shipped (10, fresh and diverse)", precision(recommended, rel, 4),
          ndcg(recommended, rel, 10));
      add(sums, "Baseline: shared topics only (by rarity)", precision(topicsOnly, rel, 4), ndcg(topicsOnly, rel, 10));
      add(sums, "Baseline: latest in section", precision(latestInSection, rel, 4), ndcg(latestInSection, rel, 10));
      if (ablation) {
        for (String variant : new TreeSet<>(ABLATION.keySet())) {
          List<Long> ranked = probe.ranking(article, 10, ABLATION.get(variant));
          add(sums, variant, precision(ranked, rel, 4), ndcg(ranked, rel, 10));
        }
      }
    }
    List<Row> rows = new ArrayList<>();
    int n = Math.max(1, evaluated);
    sums.forEach((system, s) -> rows.add(new Row(system, s[0] / n, s[1] / n)));
    return new Report(all.size(), evaluated, relatedTotal / (double) n, millisPerArticle, rows);
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

  /** For each article, the other articles sharing at least one of its hidden entity tags. */
  private static Map<Long, Set<Long>> relevance(List<Article> all, Map<Long, String> externalIds, EvalCorpus corpus) {
    Map<String, Set<Long>> byEntity = new HashMap<>();
    Function<Article, Set<String>> entities = a -> corpus.entities(externalIds.getOrDefault(a.id(), ""));
    for (Article article : all) {
      entities.apply(article).forEach(e -> byEntity.computeIfAbsent(e, k -> new HashSet<>()).add(article.id()));
    }
    Map<Long, Set<Long>> relevant = new HashMap<>();
    for (Article article : all) {
      Set<Long> rel = new HashSet<>();
      entities.apply(article).forEach(e -> rel.addAll(byEntity.get(e)));
      rel.remove(article.id());
      relevant.put(article.id(), rel);
    }
    return relevant;
  }

  private static void add(Map<String, double[]> sums, String system, double precision, double ndcg) {
    double[] s = sums.computeIfAbsent(system, k -> new double[2]);
    s[0] += precision;
    s[1] += ndcg;
  }

  /** Relevant items among the first {@code k}, over k: a list shorter than k loses the missing places. */
  static double precision(List<Long> ranked, Set<Long> relevant, int k) {
    return ranked.stream().limit(k).filter(relevant::contains).count() / (double) k;
  }

  /** Binary-relevance nDCG at {@code k}: the ideal list puts min(k, |relevant|) relevant items first. */
  static double ndcg(List<Long> ranked, Set<Long> relevant, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, ranked.size()); i++) {
      if (relevant.contains(ranked.get(i))) {
        dcg += 1 / log2(i + 2);
      }
    }
    double ideal = 0;
    for (int i = 0; i < Math.min(k, relevant.size()); i++) {
      ideal += 1 / log2(i + 2);
    }
    return ideal == 0 ? 0 : dcg / ideal;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
