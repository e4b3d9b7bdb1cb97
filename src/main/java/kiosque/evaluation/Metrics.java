package kiosque.evaluation;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The measures of a ranked list against a set of relevant items, and bootstrap confidence
 * intervals over queries: the queries are drawn again with replacement, with a fixed seed so two
 * runs print the same intervals.
 */
final class Metrics {

  static final int RESAMPLES = 2000;
  static final long SEED = 42;

  /** A mean with its 95 % percentile-bootstrap interval. */
  record Estimate(double mean, double low, double high) {
    boolean aboveZero() {
      return low > 0;
    }
  }

  private Metrics() {}

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

  /** 1 when at least one of the first {@code k} items is relevant: the query is covered. */
  static double covered(List<Long> ranked, Set<Long> relevant, int k) {
    return ranked.stream().limit(k).anyMatch(relevant::contains) ? 1 : 0;
  }

  /** The mean of per-query values with its 95 % bootstrap interval. */
  static Estimate bootstrap(double[] perQuery) {
    return bootstrap(perQuery, RESAMPLES, SEED);
  }

  static Estimate bootstrap(double[] perQuery, int resamples, long seed) {
    int n = perQuery.length;
    if (n == 0) {
      return new Estimate(Double.NaN, Double.NaN, Double.NaN);
    }
    Random random = new Random(seed);
    double[] means = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        sum += perQuery[random.nextInt(n)];
      }
      means[r] = sum / n;
    }
    Arrays.sort(means);
    return new Estimate(Arrays.stream(perQuery).average().orElseThrow(), means[(int) Math.floor(0.025 * (resamples - 1))],
        means[(int) Math.ceil(0.975 * (resamples - 1))]);
  }

  /** The paired difference a − b, query by query, with its bootstrap interval: the same queries in each draw. */
  static Estimate pairedDifference(double[] a, double[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("paired measures need the same queries");
    }
    double[] difference = new double[a.length];
    for (int i = 0; i < a.length; i++) {
      difference[i] = a[i] - b[i];
    }
    return bootstrap(difference);
  }

  private static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
