package kiosque.related;

/**
 * The score that orders "Aller plus loin", from what is known of one candidate: its similarity to
 * the article by the query (names, key terms, topics; relative to the article's own score), its
 * whole-text cosine (relative to the article's own), how far apart the two were published, and the
 * rarity of the headline kicker they share, if any, the rarity of the names they share, and how
 * much the candidate resembles the article's closest neighbours ({@link Neighbourhood}).
 *
 * <ul>
 *   <li>the two similarities are mixed, the query's and the cosine's ({@link FurtherWeights#cosine}),
 *       then with the shared names' rarity ({@link FurtherWeights#names}), then with the
 *       second-order score ({@link FurtherWeights#neighbours});
 *   <li>closeness in time to the ARTICLE's date (not to now) multiplies that: a story's articles
 *       are written within days of each other, and an old page keeps its own story's articles. How
 *       many days count as close depends on the story: the spread of the article's closest
 *       neighbours by text ({@link #timeScale}), a burst of news a week, a long dossier months;
 *   <li>a shared kicker adds up to {@link FurtherWeights#kicker}, times its rarity squared: a story's
 *       name counts, a country's barely;
 *   <li>a very similar article published within {@value #SAME_STORY_DAYS} days is the same affair;
 *   <li>the same section adds {@link FurtherWeights#section} (0 unless tried: a dossier's articles
 *       share a section, but so do many articles of other stories).
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

  /** The similarity mixed with the shared names' rarity, in [0, 1] when all are. */
  double relevance(double similarity, double cosine, double sharedNames) {
    return (relevance(similarity, cosine) + weights.names() * sharedNames) / (1 + weights.names());
  }

  /** The relevance mixed with the second-order score ({@link Neighbourhood#secondOrder}). */
  double withNeighbours(double relevance, double secondOrder) {
    return (relevance + weights.neighbours() * secondOrder) / (1 + weights.neighbours());
  }

  /**
   * The days over which closeness halves for this article: {@link FurtherWeights#spread} times the
   * median days apart of its closest neighbours by text, never less than {@link FurtherWeights#days}.
   */
  double timeScale(double neighboursMedianDays) {
    return Math.max(weights.days(), weights.spread() * neighboursMedianDays);
  }

  double closeness(double daysApart) {
    return closeness(daysApart, weights.days());
  }

  double closeness(double daysApart, double timeScale) {
    return 1 / (1 + Math.abs(daysApart) / timeScale);
  }

  boolean sameStory(double similarity, double daysApart) {
    return similarity >= SAME_STORY_SIMILARITY && Math.abs(daysApart) <= SAME_STORY_DAYS;
  }

  /**
   * @param sharedKickerRarity the rarity ({@link Kicker#rarity}) of the kicker both headlines carry, 0 when none
   */
  double score(double similarity, double cosine, double daysApart, double sharedKickerRarity) {
    return scoreOnTimeScale(relevance(similarity, cosine), daysApart, weights.days(), sharedKickerRarity);
  }

  /**
   * @param relevance the mixed similarity ({@link #relevance}, {@link #withNeighbours})
   * @param timeScale the article's time scale ({@link #timeScale})
   */
  double scoreOnTimeScale(double relevance, double daysApart, double timeScale, double sharedKickerRarity) {
    return scoreOnTimeScale(relevance, daysApart, timeScale, sharedKickerRarity, false);
  }

  /** @param sameSection whether the candidate is in the article's section ({@link SameSection}) */
  double scoreOnTimeScale(double relevance, double daysApart, double timeScale, double sharedKickerRarity,
      boolean sameSection) {
    return relevance * (1 + weights.time() * closeness(daysApart, timeScale))
        + weights.kicker() * sharedKickerRarity * sharedKickerRarity
        + (sameStory(relevance, daysApart) ? SAME_STORY_BONUS : 0)
        + (sameSection ? weights.section() : 0);
  }

  static boolean namesTheDossier(double sharedKickerRarity) {
    return sharedKickerRarity >= DOSSIER_RARITY;
  }
}
