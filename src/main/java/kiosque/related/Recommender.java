package kiosque.related;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.Article;
import kiosque.related.KeyTerms.KeyTerm;
import org.apache.lucene.search.IndexSearcher;

/**
 * "Ces articles devraient vous intéresser": the article's similar articles plus the best matches
 * of the last months, weighed by freshness relative to now, so an old page points to new
 * articles; then picked greedily for variety ({@link Diversity}): no near-identical headlines, at
 * most a few items per topic, never the article itself or its first "Aller plus loin" items.
 */
final class Recommender {

  static final int RECENT_CANDIDATES = 30;
  private static final Duration RECENT_WINDOW = Duration.ofDays(180);
  /** Recommendations: relevance times (floor + freshness), freshness halving at 30 days, never zero. */
  private static final double FRESHNESS_DAYS = 30;
  private static final double FRESHNESS_FLOOR = 0.2;
  /**
   * A recommendation must resemble the article at least 15 % as much as the closest other article
   * does, within [0.02, 0.05]: an article with close relatives asks more of the others, but copies
   * of it (which come close to 1) must not shut out everything else.
   */
  private static final double MIN_RECOMMENDED_SIMILARITY = 0.02;
  private static final double MAX_RECOMMENDED_FLOOR = 0.05;
  private static final double MIN_RECOMMENDED_SHARE_OF_BEST = 0.15;
  private static final Duration RECENT_REASON = Duration.ofDays(30);
  static final int PER_TOPIC = 3;

  private Recommender() {}

  /** The start of the window whose best matches join the similar articles: {@link #RECENT_CANDIDATES} of them. */
  static Instant recentSince(Instant now) {
    return now.minus(RECENT_WINDOW);
  }

  /**
   * The recommendations' articles, in order; their reason lines come from {@link #picks}, once the
   * shared terms of both lists are read in one pass.
   *
   * @param recent the best {@link #RECENT_CANDIDATES} matches of the profile's query published since
   *     {@link #recentSince}, scored as {@code similar} is
   * @param furtherShown the articles "Aller plus loin" shows, left out here
   */
  static List<Candidate> pick(IndexSearcher searcher, ArticleProfile profile, List<Candidate> recent, Article article,
      List<Candidate> similar, List<Long> furtherShown, Overrides overrides, Instant now) throws IOException {
    Map<Long, Candidate> pool = new LinkedHashMap<>();
    similar.forEach(c -> pool.put(c.articleId, c));
    if (!profile.isEmpty()) {
      float self = selfScore(similar);
      for (Candidate c : recent) {
        if (c.articleId != article.id() && !pool.containsKey(c.articleId)) {
          c.similarity = Math.min(1.0, c.score / self);
          pool.put(c.articleId, c);
        }
      }
    }
    Set<Long> unwanted = new HashSet<>(overrides.excluded());
    unwanted.add(article.id());
    unwanted.addAll(furtherShown);
    double best = similar.isEmpty() ? 0 : similar.getFirst().similarity;
    double floor = Math.clamp(MIN_RECOMMENDED_SHARE_OF_BEST * best, MIN_RECOMMENDED_SIMILARITY, MAX_RECOMMENDED_FLOOR);
    List<Candidate> ordered = pool.values().stream()
        .filter(c -> !unwanted.contains(c.articleId) && c.similarity >= floor)
        .sorted(Comparator.comparingDouble((Candidate c) -> -recommendationScore(c, now))
            .thenComparingLong(c -> -c.articleId))
        .toList();
    return Diversity.pick(searcher, ordered, RelatedEngine.RECOMMENDED_KEPT, Titles.words(article.title()),
        PER_TOPIC);
  }

  /** The picked articles with their reason lines, given the key terms each shares ({@link Reasons#sharedTerms}). */
  static List<Pick> picks(ArticleProfile profile, NameOrdinals names, List<Candidate> picked,
      Map<Candidate, List<KeyTerm>> terms, Instant now) throws IOException {
    List<Pick> picks = new ArrayList<>();
    for (Candidate c : picked) {
      boolean fresh = Duration.between(c.publishedAt, now).compareTo(RECENT_REASON) <= 0;
      picks.add(new Pick(c.articleId, Reasons.of(profile, c, names, terms.get(c), false, fresh), false));
    }
    return picks;
  }

  /** The article's own score, recovered from the similarity of any candidate. */
  private static float selfScore(List<Candidate> similar) {
    for (Candidate c : similar) {
      if (c.similarity > 0) {
        return (float) (c.score / c.similarity);
      }
    }
    return 1f;
  }

  static double recommendationScore(Candidate c, Instant now) {
    double ageDays = Math.max(0, Duration.between(c.publishedAt, now).toHours() / 24.0);
    double freshness = 1 / (1 + ageDays / FRESHNESS_DAYS);
    return c.similarity * (FRESHNESS_FLOOR + freshness);
  }
}
