package kiosque.web;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.LongSupplier;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;

/**
 * The masthead of every reader page: the sections its menu lists (those the editors show) and the
 * breaking-news banner, held in memory instead of read once per page. Read again after at most a
 * second (another node renamed a section, a banner expired), and at once after any change reached the page cache: {@code changes} is the cache's generation, which the change
 * feed's page-cache follower bumps after reading the new sections and before dropping the pages,
 * so no page rendered after that drop can carry the old navigation into the cache.
 */
public final class Navigation {

  private record Snapshot(List<Link> links, Optional<Link> alert, long generation, long readAtNanos) {}

  private final TaxonomyStore taxonomy;
  private final Urls urls;
  private final LongSupplier changes;
  private final long maxAgeNanos;
  private final Supplier<Optional<Link>> alerts;
  private volatile Snapshot current;

  /**
   * @param changes increases whenever content changed (the page cache's generation)
   * @param maxAge how old the sections may be when nothing says they changed
   */
  public Navigation(TaxonomyStore taxonomy, Urls urls, LongSupplier changes, Duration maxAge) {
    this(taxonomy, urls, changes, maxAge, Optional::empty);
  }

  /**
   * @param alerts the breaking-news banner readers see now, as text and link (held like the sections:
   *     a new one clears the page cache, whose new generation makes this read it again at once)
   */
  public Navigation(TaxonomyStore taxonomy, Urls urls, LongSupplier changes, Duration maxAge,
      Supplier<Optional<Link>> alerts) {
    this.alerts = alerts;
    this.taxonomy = taxonomy;
    this.urls = urls;
    this.changes = changes;
    this.maxAgeNanos = maxAge.toNanos();
  }

  /** Read from the database for every page: what the site did before, and what tests of the frame expect. */
  static Navigation uncached(TaxonomyStore taxonomy, Urls urls) {
    return new Navigation(taxonomy, urls, () -> 0, Duration.ZERO);
  }

  /** The sections of the menu as links, in their editorial order. */
  public List<Link> sections() {
    return snapshot().links();
  }

  /** The breaking-news banner, if one shows now. */
  public Optional<Link> alert() {
    return snapshot().alert();
  }

  private Snapshot snapshot() {
    Snapshot snapshot = current;
    long generation = changes.getAsLong();
    if (snapshot == null || snapshot.generation() != generation
        || System.nanoTime() - snapshot.readAtNanos() >= maxAgeNanos) {
      snapshot = read(generation);
    }
    return snapshot;
  }

  private Snapshot read(long generation) {
    long now = System.nanoTime();
    List<Link> links = taxonomy.menuSections().stream().map(this::link).toList();
    Snapshot snapshot = new Snapshot(links, alerts.get(), generation, now);
    current = snapshot;
    return snapshot;
  }

  private Link link(Section section) {
    return new Link(section.name(), urls.section(section.slug()));
  }
}
