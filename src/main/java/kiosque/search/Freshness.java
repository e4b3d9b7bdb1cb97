package kiosque.search;

import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.search.Query;

/**
 * The freshness boost news readers expect: relevance multiplied by {@code 1 + W / (1 + age / H)}.
 * Today's article gets {@code 1 + W}, one {@code H} old half the bonus, a year old almost none. The
 * curve is reciprocal rather than exponential so it never flattens to exactly 1: between two equal
 * matches the newer always wins, even in a ten-year archive, while an old article that matches
 * much better still comes first.
 */
final class Freshness {

  static final double WEIGHT = 0.3;
  static final Duration HALF_BONUS_AGE = Duration.ofDays(30);
  /** No article is boosted more than today's: what lets a search skip what cannot reach the first page. */
  static final double MAX_FACTOR = 1 + WEIGHT;

  private Freshness() {}

  /** The query's scores multiplied by the freshness of each article at {@code now}. */
  static Query boost(Query query, Instant now) {
    return new FreshnessBoostQuery(query, now.toEpochMilli());
  }

  /** The factor for an article published at {@code publishedMillis}, between 1 and {@link #MAX_FACTOR}. */
  static double factor(long nowMillis, long publishedMillis) {
    return 1 + WEIGHT / (1 + Math.max(0, nowMillis - publishedMillis) / (double) HALF_BONUS_AGE.toMillis());
  }
}
