package kiosque.cache;

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
 * A new or renamed section changes the navigation of every page: everything goes. A change of an
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
    List<Section> sections = taxonomy.sections();
    boolean frameChanged = changes.stream().anyMatch(c -> c.kind() == ChangeKind.FRAME);
    if (!sections.equals(knownSections) || frameChanged) {
      knownSections = sections;
      cache.clear();
      log.debug("Sections, menu or banner changed: page cache cleared");
      return;
    }
    int purged = cache.invalidate(keys);
    log.debug("Changes {}..{} purged {} responses under {}", changes.getFirst().seq(), changes.getLast().seq(),
        purged, keys);
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
