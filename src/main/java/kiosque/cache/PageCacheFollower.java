package kiosque.cache;

import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.changes.ChangeKind;
import kiosque.content.ArticleStore;
import kiosque.content.Section;
import kiosque.content.TaxonomyStore;
import kiosque.web.CacheKeys;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Purges the page cache when the change log reports a change. An article change purges the
 * article's own key and the listing keys of where the article is now <em>and</em> where it was:
 * the log only says "article 123 changed", and the database already holds the new state, so the
 * previous section, topics and authors come from memory — the listing keys its cached page was
 * rendered with, the cached listings that show it, and what this follower saw at its last change.
 * A new or renamed section changes the navigation of every page: everything goes; so does a year
 * that gains its first article or loses its last (every footer lists the years), while a month doing
 * so purges the date archives, which link to the nearest months with articles. A change of an
 * article's related lists only ({@link kiosque.changes.ChangeKind#RELATED}) purges the article's page; the
 * editors' home page ({@link ChangeKind#FRONT_PAGE}) the home page; the menu or the banner
 * ({@link ChangeKind#FRAME}) everything.
 */
public final class PageCacheFollower implements ChangeFollower {

  private static final Logger log = LoggerFactory.getLogger(PageCacheFollower.class);
  private static final int REMEMBERED_ARTICLES = 10_000;

  private final PageCache cache;
  private final PurgeKeys purgeKeys;
  private final TaxonomyStore taxonomy;
  private final long startPosition;
  private final Map<Long, Set<String>> lastSeen = new LinkedHashMap<>(256, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Long, Set<String>> eldest) {
      return size() > REMEMBERED_ARTICLES;
    }
  };
  private List<Section> knownSections;
  private final ArticleStore articles;
  private List<YearMonth> knownMonths;

  /**
   * @param startPosition the head of the log when this node starts: an empty cache has nothing
   *     to purge for older changes
   */
  public PageCacheFollower(PageCache cache, ArticleStore articles, TaxonomyStore taxonomy, ZoneId zone,
      long startPosition) {
    this.cache = cache;
    this.purgeKeys = new PurgeKeys(articles, zone);
    this.taxonomy = taxonomy;
    this.startPosition = startPosition;
    this.knownSections = taxonomy.sections();
    this.articles = articles;
    this.knownMonths = articles.publishedMonths();
  }

  @Override
  public String name() {
    return "page-cache";
  }

  @Override
  public long position() {
    return startPosition;
  }

  @Override
  public void apply(List<Change> changes) {
    Set<String> keys = new LinkedHashSet<>();
    for (Change change : changes) {
      keys.addAll(keysOf(change));
    }
    // Only a change of an article can open or close a month: a related list rewritten (several a
    // second while lists are refreshed) reads no months and leaves the footer's held in memory.
    List<YearMonth> months = changes.stream().anyMatch(c -> c.kind().changesArticle())
        ? articles.publishedMonths() : knownMonths;
    Set<String> neighbours = neighboursOfChangedMonths(knownMonths, months);
    // A year that got its first article or lost its last is in or out of every page's footer (about once a year).
    boolean yearsChanged = !years(months).equals(years(knownMonths));
    if (!months.equals(knownMonths)) {
      cache.monthsChanged();
    }
    knownMonths = months;
    List<Section> sections = taxonomy.sections();
    boolean frameChanged = changes.stream().anyMatch(c -> c.kind() == ChangeKind.FRAME);
    if (!sections.equals(knownSections) || yearsChanged || frameChanged) {
      knownSections = sections;
      cache.clear();
      log.debug("Sections, archive years, menu or banner changed: page cache cleared");
      return;
    }
    keys.addAll(neighbours);
    int purged = cache.invalidate(keys);
    log.debug("Changes {}..{} purged {} responses under {}", changes.getFirst().seq(), changes.getLast().seq(),
        purged, keys);
  }

  /**
   * A month that got its first article or lost its last changes the previous and next links of the
   * archive pages (month and days) of the nearest months with articles on either side: their keys.
   */
  static Set<String> neighboursOfChangedMonths(List<YearMonth> before, List<YearMonth> after) {
    java.util.TreeSet<YearMonth> all = new java.util.TreeSet<>(before);
    all.addAll(after);
    Set<String> keys = new LinkedHashSet<>();
    for (YearMonth month : all) {
      if (before.contains(month) != after.contains(month)) {
        java.util.Optional.ofNullable(all.lower(month)).ifPresent(m -> keys.add(CacheKeys.month(m)));
        java.util.Optional.ofNullable(all.higher(month)).ifPresent(m -> keys.add(CacheKeys.month(m)));
      }
    }
    return keys;
  }

  private static Set<Integer> years(List<YearMonth> months) {
    return months.stream().map(YearMonth::getYear).collect(java.util.stream.Collectors.toSet());
  }

  /** The keys a change purges: the article, where it is now, and where it was (see {@link PurgeKeys}). */
  Set<String> keysOf(Change change) {
    long id = change.articleId();
    if (!change.kind().aboutArticle()) {
      return purgeKeys.of(change, Set.of()).keys();
    }
    if (!change.kind().changesArticle()) {
      // Only its related lists changed: listings do not show them, and where it is has not moved.
      return Set.of(CacheKeys.article(id));
    }
    Set<String> before = new LinkedHashSet<>(cache.rememberedListingsOf(id));
    Set<String> seen = lastSeen.remove(id);
    if (seen != null) {
      before.addAll(seen);
    }
    PurgeKeys.Purge purge = purgeKeys.of(change, before);
    if (!purge.listedNow().isEmpty()) {
      lastSeen.put(id, purge.listedNow());
    }
    return purge.keys();
  }
}
