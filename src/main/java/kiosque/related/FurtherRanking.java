package kiosque.related;

/**
 * The score that orders "Aller plus loin", from what is known of one candidate: its similarity to
 * the article by the query (names, key terms, topics; relative to the article's own score), its
 * whole-text cosine (relative to the article's own), how far apart the two were published, and the
 * rarity of the headline kicker they share, if any.
 *
 * <ul>
 *   <li>the two similarities are mixed, the query's and the cosine's ({@link FurtherWeights#cosine});
 *   <li>closeness in time to the ARTICLE's date (not to now) multiplies that: a story's articles
 *       are written within days of each other, and an old page keeps its own story's articles;
 *   <li>a shared kicker adds up to {@link FurtherWeights#kicker}, times its rarity squared: a story's
 *       name counts, a country's barely;
 *   <li>a very similar article published within {@value #SAME_STORY_DAYS} days is the same affair.
 * </ul>
 */
final class FurtherRanking {

  static final double SAME_STORY_SIMILARITY = 0.35;
  static final double SAME_STORY_DAYS = 3;
  static final double SAME_STORY_BONUS = 0.1;
  /** A shared kicker this rare (about one headline in 250 on a large archive) names the dossier in the reason line. */
  static final double DOSSIER_RARITY = 0.6;

  private final FurtherWeights weights;

  FurtherRanking(FurtherWeights weights) {
    this.weights = weights;
  }

  /** The mixed similarity, in [0, 1] when both are. */
  double relevance(double similarity, double cosine) {
    return (similarity + weights.cosine() * cosine) / (1 + weights.cosine());
  }

  double closeness(double daysApart) {
    return 1 / (1 + Math.abs(daysApart) / weights.days());
  }

  boolean sameStory(double similarity, double daysApart) {
    return similarity >= SAME_STORY_SIMILARITY && Math.abs(daysApart) <= SAME_STORY_DAYS;
  }

  /**
   * @param sharedKickerRarity the rarity ({@link Kicker#rarity}) of the kicker both headlines carry, 0 when none
   */
  double score(double similarity, double cosine, double daysApart, double sharedKickerRarity) {
    double relevance = relevance(similarity, cosine);
    return relevance * (1 + weights.time() * closeness(daysApart))
        + weights.kicker() * sharedKickerRarity * sharedKickerRarity
        + (sameStory(relevance, daysApart) ? SAME_STORY_BONUS : 0);
  }

  static boolean namesTheDossier(double sharedKickerRarity) {
    return sharedKickerRarity >= DOSSIER_RARITY;
  }
}
