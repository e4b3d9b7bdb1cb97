package kiosque.related;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the engine knows of one article's candidates for "Aller plus loin", written out by {@code
 * kiosque eval-related --features} so that re-rankings can be fitted on the tuning half without
 * running the engine again. Not used to compute a list.
 *
 * @param terms the article's word space: each word's weight in the article's vector and its idf
 * @param self the article's own components in that space (its copy would score 1)
 */
public record RankingFeatures(long articleId, List<Term> terms, Map<Integer, Double> self, List<Row> candidates) {

  public record Term(String stem, double weight, double idf) {}

  /**
   * One candidate, in the order of the similarity query.
   *
   * @param similarity the query's score over the article's own
   * @param daysApart days between the two publications
   * @param kicker the rarity of the headline kicker both carry, 0 when none
   * @param names the shared names' idf over all the article's names' idf
   * @param sameSection whether the candidate is in the article's section
   * @param text the candidate's text components in the article's word space, non-zero only
   * @param headline the article's words the candidate's headline has
   */
  public record Row(long articleId, double similarity, double daysApart, double kicker, double names,
      boolean sameSection, Map<Integer, Double> text, Set<Integer> headline) {}
}
