package kiosque.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import kiosque.search.SearchHit;
import kiosque.search.SearchQuery;
import kiosque.search.SearchResults;
import kiosque.search.SearchService;

/**
 * Scores the reader's search on judged queries: the first page of ten results, as a reader sees it
 * (freshness boost, near spellings when the exact words find little), against graded judgements.
 * nDCG@10 with gains 2^grade - 1 over the ideal order of every judged article; MRR@10 the reciprocal
 * rank of the first relevant result (0 when none is on the first page).
 */
final class SearchEvaluation {

  static final int DEPTH = 10;

  /** One query's scores and what it returned (corpus ids, in order). */
  record Scored(SearchJudgements.Judged judged, double ndcg, double reciprocalRank, List<String> returned,
      String didYouMean) {}

  /** Means per kind of query, then over all of them. */
  record Report(List<Scored> queries, Map<String, double[]> meansByKind, double ndcg, double mrr) {}

  private final SearchService search;
  private final LongFunction<String> corpusId;

  /** @param corpusId the corpus id of an article, by its id in the database */
  SearchEvaluation(SearchService search, LongFunction<String> corpusId) {
    this.search = search;
    this.corpusId = corpusId;
  }

  Report run(List<SearchJudgements.Judged> judgedQueries) {
    List<Scored> scored = new ArrayList<>();
    for (SearchJudgements.Judged judged : judgedQueries) {
      SearchResults results = search.search(SearchQuery.of(judged.query()));
      List<String> returned = new ArrayList<>();
      for (SearchHit hit : results.hits().items()) {
        returned.add(corpusId.apply(hit.teaser().id()));
      }
      scored.add(new Scored(judged, ndcg(returned, judged.grades(), DEPTH), reciprocalRank(returned, judged.grades()),
          returned, results.didYouMean().orElse(null)));
    }
    Map<String, double[]> byKind = new LinkedHashMap<>();
    for (Scored s : scored) {
      double[] sums = byKind.computeIfAbsent(s.judged().kind(), kind -> new double[3]);
      sums[0] += s.ndcg();
      sums[1] += s.reciprocalRank();
      sums[2]++;
    }
    Map<String, double[]> means = new LinkedHashMap<>();
    byKind.forEach((kind, sums) -> means.put(kind, new double[] {sums[0] / sums[2], sums[1] / sums[2], sums[2]}));
    double ndcg = scored.stream().mapToDouble(Scored::ndcg).average().orElse(Double.NaN);
    double mrr = scored.stream().mapToDouble(Scored::reciprocalRank).average().orElse(Double.NaN);
    return new Report(scored, means, ndcg, mrr);
  }

  static double ndcg(List<String> returned, Map<String, Integer> grades, int k) {
    double dcg = 0;
    for (int i = 0; i < Math.min(k, returned.size()); i++) {
      dcg += gain(grades.getOrDefault(returned.get(i), 0)) / log2(i + 2);
    }
    List<Integer> ideal = grades.values().stream().sorted((a, b) -> b - a).limit(k).toList();
    double idcg = 0;
    for (int i = 0; i < ideal.size(); i++) {
      idcg += gain(ideal.get(i)) / log2(i + 2);
    }
    return idcg == 0 ? 0 : dcg / idcg;
  }

  static double reciprocalRank(List<String> returned, Map<String, Integer> grades) {
    for (int i = 0; i < Math.min(DEPTH, returned.size()); i++) {
      if (grades.containsKey(returned.get(i))) {
        return 1.0 / (i + 1);
      }
    }
    return 0;
  }

  private static double gain(int grade) {
    return Math.pow(2, grade) - 1;
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
