package kiosque.search;

import java.time.Duration;
import java.time.Instant;
import org.apache.lucene.search.DoubleValuesSource;

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

  private Freshness() {}

  static DoubleValuesSource at(Instant now) {
    double nowMillis = now.toEpochMilli();
    double scale = HALF_BONUS_AGE.toMillis();
    return DoubleValuesSource.fromField(ArticleDocument.PUBLISHED,
        published -> 1 + WEIGHT / (1 + Math.max(0, nowMillis - published) / scale));
  }
}
