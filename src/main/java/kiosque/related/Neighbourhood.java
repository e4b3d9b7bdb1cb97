package kiosque.related;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * What the article's closest candidates say about the others, in the article's word space (the
 * likeliest words of {@link KeyTerms.VectorTerm}, each candidate's components from {@link
 * TextCosine#vectors}):
 *
 * <ul>
 *   <li>the second-order score: a candidate resembling the article's closest neighbours, not only
 *       the article, is likely the same story (pseudo-relevance feedback: the neighbours' centroid
 *       weighs up the words the story keeps using). O(candidates × words);
 *   <li>the neighbours' spread in days: a story whose closest articles span months must not be
 *       ranked by the week ({@link FurtherRanking#timeScale}).
 * </ul>
 */
final class Neighbourhood {

  /** The neighbours whose centroid scores the others. */
  static final int CENTROID_OF = 10;
  /** The neighbours whose spread in days sets the time scale. */
  static final int SPREAD_OF = 5;

  private Neighbourhood() {}

  /** The positions of the {@code n} highest scores, highest first, the earlier position first among equals. */
  static int[] best(double[] scores, int n) {
    return IntStream.range(0, scores.length).boxed()
        .sorted((a, b) -> scores[a] != scores[b] ? Double.compare(scores[b], scores[a]) : Integer.compare(a, b))
        .limit(n).mapToInt(Integer::intValue).toArray();
  }

  /**
   * Each candidate's product with the centroid of the {@code members}' vectors, idf-weighted, over
   * the largest such product (the article's own included): in [0, 1], 1 for the most central.
   *
   * @param vectors each candidate's components in the article's word space
   * @param idf each word's idf, in the same order
   * @param self the article's own components, or null when it is not in the index
   */
  static double[] secondOrder(double[][] vectors, double[] idf, double[] self, int[] members) {
    double[] scores = new double[vectors.length];
    if (members.length == 0) {
      return scores;
    }
    double[] centroid = new double[idf.length];
    for (int m : members) {
      for (int t = 0; t < idf.length; t++) {
        centroid[t] += vectors[m][t] * idf[t] / members.length;
      }
    }
    double largest = self == null ? 0 : product(self, idf, centroid);
    for (int i = 0; i < vectors.length; i++) {
      scores[i] = product(vectors[i], idf, centroid);
      largest = Math.max(largest, scores[i]);
    }
    for (int i = 0; i < scores.length; i++) {
      scores[i] = largest > 0 ? scores[i] / largest : 0;
    }
    return scores;
  }

  /** The median of the {@code members}' days apart from the article (0 with none). */
  static double medianDays(double[] daysApart, int[] members) {
    double[] days = Arrays.stream(members).mapToDouble(m -> Math.abs(daysApart[m])).sorted().toArray();
    if (days.length == 0) {
      return 0;
    }
    int middle = days.length / 2;
    return days.length % 2 == 1 ? days[middle] : (days[middle - 1] + days[middle]) / 2;
  }

  private static double product(double[] vector, double[] idf, double[] centroid) {
    double sum = 0;
    for (int t = 0; t < centroid.length; t++) {
      sum += vector[t] * idf[t] * centroid[t];
    }
    return sum;
  }
}
