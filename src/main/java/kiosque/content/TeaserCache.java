package kiosque.content;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.changes.Change;
import kiosque.changes.ChangeFollower;
import kiosque.config.SettingDefinition;

/**
 * The teasers the article page's related lists show, held in memory on a node (issue 15). Each
 * article is listed by about thirty others, so its teaser is read again and again; read from the
 * database, the fourteen teasers of a page were its costliest statement: three index lookups each
 * (the teaser, its section, its image) at 100,000 articles, a third of the page's CPU.
 *
 * <p>It holds what the database said and forgets an article as soon as this node's change feed
 * reports a change of it ({@link #follower}), before the page cache purges the pages that show it:
 * every write of a teaser's columns, its image's text or its status is logged in the write's own
 * transaction, as the page cache already requires. A read that started before a change reached the
 * cache is not kept ({@link #generation}): it may hold the state before the change. Until its
 * follower is registered (the reader site does it) the cache holds nothing, so a command that does
 * not follow the log never reads a stale teaser from it.
 */
public final class TeaserCache {

  /** How many teasers a node holds; 0 reads them from the database for every page. */
  public static final SettingDefinition SIZE = new SettingDefinition("kiosque.teasers.cached",
      "KIOSQUE_TEASERS_CACHED", "20000", "Teasers of related articles held in memory (0 to 1,000,000); 0 turns it off.");

  /**
   * What the database holds of an article for a list: its teaser and last change when published,
   * a null teaser when it is not (withdrawn, scheduled, deleted), which is worth holding too: its
   * lists keep naming it until they are computed again.
   */
  public record Held(Teaser teaser, Instant updatedAt) {
    static final Held NOT_PUBLISHED = new Held(null, null);

    public boolean published() {
      return teaser != null;
    }
  }

  private final int capacity;
  private final LinkedHashMap<Long, Held> held;
  private long generation;
  private boolean followed;

  public TeaserCache(int capacity) {
    this.capacity = capacity;
    this.held = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Long, Held> eldest) {
        return size() > TeaserCache.this.capacity;
      }
    };
  }

  /** Read before reading teasers from the database, and handed back to {@link #keep}. */
  public synchronized long generation() {
    return generation;
  }

  /** Copies into {@code found} what is held of {@code ids}; adds the others to {@code missing}, once each. */
  public synchronized void find(Collection<Long> ids, Map<Long, Held> found, List<Long> missing) {
    for (Long id : ids) {
      Held h = held.get(id);
      if (h != null) {
        found.put(id, h);
      } else if (!found.containsKey(id) && !missing.contains(id)) {
        missing.add(id);
      }
    }
  }

  /** Holds what was read from the database, unless an article changed since {@code seenGeneration}. */
  public synchronized void keep(Map<Long, Held> read, long seenGeneration) {
    if (!followed || seenGeneration != generation || capacity == 0) {
      return;
    }
    held.putAll(read);
  }

  /** Forgets these articles; reads started before are not kept. */
  synchronized void forget(Collection<Long> articleIds) {
    generation++;
    for (Long id : articleIds) {
      held.remove(id);
    }
  }

  synchronized int size() {
    return held.size();
  }

  /**
   * The follower that keeps the cache true, from {@code startPosition} (the log's head when the
   * node starts: an empty cache has nothing older to forget). The cache holds teasers from then on.
   */
  public synchronized ChangeFollower follower(long startPosition) {
    followed = true;
    return new ChangeFollower() {
      @Override
      public String name() {
        return "teaser-cache";
      }

      @Override
      public long position() {
        return startPosition;
      }

      @Override
      public void apply(List<Change> changes) {
        // A rewrite of an article's own lists (RELATED) changes no teaser; the front page and the
        // masthead name no article.
        List<Long> changed = changes.stream().filter(c -> c.kind().changesArticle()).map(Change::articleId).toList();
        if (!changed.isEmpty()) {
          forget(changed);
        }
      }
    };
  }
}
