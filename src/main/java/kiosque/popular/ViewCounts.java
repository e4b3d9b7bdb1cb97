package kiosque.popular;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Views counted since the last flush, by article and hour, in memory: a beacon costs a map probe
 * and an add. Bounded in keys: past {@code maxKeys} distinct (article, hour) pairs until the next
 * flush, new pairs are dropped (only forged ids make that many; real ones are already there).
 */
final class ViewCounts {

  record Key(long articleId, Instant hour) {}

  record Bucket(long articleId, Instant hour, long views) {}

  private final ConcurrentHashMap<Key, LongAdder> pending = new ConcurrentHashMap<>();
  private final int maxKeys;

  ViewCounts(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  void add(long articleId, Instant now) {
    Key key = new Key(articleId, now.truncatedTo(ChronoUnit.HOURS));
    LongAdder adder = pending.get(key);
    if (adder == null) {
      if (pending.size() >= maxKeys) {
        return;
      }
      adder = pending.computeIfAbsent(key, k -> new LongAdder());
    }
    adder.increment();
  }

  /**
   * Takes what was counted since the last call. An entry that was already empty at this call is
   * removed (an article nobody read for a whole flush period); a view racing that removal may be
   * lost, one view in a quiet moment.
   */
  List<Bucket> drain() {
    List<Bucket> taken = new ArrayList<>();
    pending.forEach((key, adder) -> {
      long views = adder.sumThenReset();
      if (views > 0) {
        taken.add(new Bucket(key.articleId(), key.hour(), views));
      } else {
        pending.remove(key, adder);
      }
    });
    return taken;
  }

  /** Gives back what a failed flush took, so the next flush writes it. */
  void restore(List<Bucket> buckets) {
    for (Bucket bucket : buckets) {
      pending.computeIfAbsent(new Key(bucket.articleId(), bucket.hour()), k -> new LongAdder()).add(bucket.views());
    }
  }
}
