package kiosque.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The months with published articles, held in memory for the footer's years and the archive pages'
 * previous and next links, instead of read for every page. Read again at once when the page
 * cache's follower saw the months change (its months generation: a publication, a withdrawal, a new
 * date, a deletion that opened or closed a month; never a related list rewritten, which used to make
 * every page after it read the months again), else after a maximum age. A change that
 * opens or closes a month or a year also purges the pages showing them
 * ({@code kiosque.cache.PageCacheFollower}).
 */
public final class ArchiveMonths {

  /** The months and their years (the footer's, on every page), computed once per read. */
  private record Snapshot(List<YearMonth> months, List<Integer> years, long generation, long readAtNanos) {

    static Snapshot of(List<YearMonth> months, long generation) {
      List<YearMonth> kept = List.copyOf(months);
      return new Snapshot(kept, kept.stream().map(YearMonth::getYear).distinct()
          .sorted(java.util.Comparator.reverseOrder()).toList(), generation, System.nanoTime());
    }
  }

  private final Supplier<List<YearMonth>> source;
  private final LongSupplier changes;
  private final long maxAgeNanos;
  private volatile Snapshot current;

  /**
   * @param source the months with published articles, oldest first (from the kept month summaries)
   * @param changes increases whenever the months may have changed (the page cache's months generation)
   */
  public ArchiveMonths(Supplier<List<YearMonth>> source, LongSupplier changes, java.time.Duration maxAge) {
    this.source = source;
    this.changes = changes;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** Oldest first. */
  public List<YearMonth> months() {
    return snapshot().months();
  }

  /** The years with published articles, newest first. */
  public List<Integer> years() {
    return snapshot().years();
  }

  private Snapshot snapshot() {
    Snapshot snapshot = current;
    long generation = changes.getAsLong();
    if (snapshot == null || snapshot.generation() != generation
        || System.nanoTime() - snapshot.readAtNanos() >= maxAgeNanos) {
      snapshot = Snapshot.of(source.get(), generation);
      current = snapshot;
    }
    return snapshot;
  }

  /** The nearest month before {@code month} with articles. */
  public Optional<YearMonth> before(YearMonth month) {
    return months().stream().filter(m -> m.isBefore(month)).reduce((a, b) -> b);
  }

  /** The nearest month after {@code month} with articles. */
  public Optional<YearMonth> after(YearMonth month) {
    return months().stream().filter(m -> m.isAfter(month)).findFirst();
  }

  public Optional<Integer> yearBefore(int year) {
    return before(YearMonth.of(year, 1)).map(YearMonth::getYear);
  }

  public Optional<Integer> yearAfter(int year) {
    return after(YearMonth.of(year, 12)).map(YearMonth::getYear);
  }
}
