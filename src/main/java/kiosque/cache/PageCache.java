package kiosque.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.web.CacheKeys;

/**
 * Rendered responses by address, bounded in bytes (least recently used go first) and in age, and
 * filed under their {@link CacheKeys} so that a change removes exactly the responses it affects.
 *
 * <p>One lock guards everything: a lookup is a hash probe, far cheaper than the rendering it
 * saves, and the lock keeps the key index and the entries consistent. A response rendered while an
 * invalidation ran is not stored (see {@link #generation()}): it may show the state before the change.
 */
public final class PageCache {

  /** Internal tag of the responses that list an article; never sent in a header. */
  private static final String SHOWS = "#shows-";

  private final long capacity;
  private final Duration maxAge;
  private final Clock clock;
  // Listings print today's articles with their hour ("15h20") and older ones with their date: no
  // response may outlive the local day it was rendered on. Null: no day boundary (unit tests).
  private final ZoneId zone;
  private volatile Instant dayEnds = Instant.MAX;
  private final LinkedHashMap<String, CachedResponse> entries = new LinkedHashMap<>(256, 0.75f, true);
  private final Map<String, Set<String>> addressesByTag = new HashMap<>();
  private long weight;
  private long generation;
  // Months open and close far less often than pages change (a related list rewritten is a change):
  // what shows the months (ArchiveMonths) reads them again only when this moves.
  private volatile long monthsGeneration;
  private long hits;
  private long misses;
  private long evictions;

  /**
   * @param capacityBytes memory for responses; 0 stores nothing (headers and 304s still work)
   * @param maxAge how long a response may be replayed without a change: related lists and the
   *     Google News window move on their own
   */
  public PageCache(long capacityBytes, Duration maxAge, Clock clock) {
    this(capacityBytes, maxAge, clock, null);
  }

  /**
   * @param zone the site's time zone: at its midnight every response goes (see {@link #get}), and
   *     in the last minutes before it browsers and CDNs are told to keep pages no longer
   */
  public PageCache(long capacityBytes, Duration maxAge, Clock clock, ZoneId zone) {
    this.capacity = capacityBytes;
    this.maxAge = maxAge;
    this.clock = clock;
    this.zone = zone;
    if (zone != null) {
      dayEnds = nextMidnight(clock.instant());
    }
  }

  /** Whether anything can be kept (a size of 0 turns the cache off). */
  boolean enabled() {
    return capacity > 0;
  }

  synchronized CachedResponse get(String address) {
    rollOverMidnight();
    CachedResponse response = entries.get(address);
    if (response != null && clock.instant().isBefore(response.storedAt().plus(maxAge))) {
      hits++;
      return response;
    }
    if (response != null) {
      remove(address);
    }
    misses++;
    return null;
  }

  /**
   * Read before rendering and handed back to {@link #put}: any invalidation in between bumps it.
   * Public for what renders pages from memory ({@code Navigation}): a new generation means content
   * changed.
   */
  public synchronized long generation() {
    return generation;
  }

  /**
   * Increases when the months with published articles changed (the change feed's follower saw one
   * open or close) and when the cache was cleared; never for a related list or an edit that moves
   * no month. Public for {@code web.ArchiveMonths}, which holds the months in memory.
   */
  public long monthsGeneration() {
    return monthsGeneration;
  }

  /**
   * The months changed: called by the follower before it drops the pages, so that a page rendered
   * after the drop reads the new months (the same order as the sections and {@link #generation()}).
   */
  synchronized void monthsChanged() {
    monthsGeneration++;
  }

  /** Stores a response unless the cache changed since {@code seenGeneration} or it is too large. */
  synchronized boolean put(String address, CachedResponse response, long seenGeneration) {
    // A page rendered before midnight and stored after it may print yesterday's "today": the
    // roll bumps the generation, so it is not stored.
    rollOverMidnight();
    if (seenGeneration != generation || response.weight() > capacity / 4) {
      return false;
    }
    remove(address);
    entries.put(address, response);
    weight += response.weight();
    tagsOf(response).forEach(tag -> addressesByTag.computeIfAbsent(tag, t -> new HashSet<>()).add(address));
    while (weight > capacity && !entries.isEmpty()) {
      remove(entries.keySet().iterator().next());
      evictions++;
    }
    return true;
  }

  /** Removes every response filed under any of the keys; returns how many went. */
  public synchronized int invalidate(Collection<String> keys) {
    generation++;
    Set<String> addresses = new HashSet<>();
    for (String key : keys) {
      addresses.addAll(addressesByTag.getOrDefault(key, Set.of()));
    }
    addresses.forEach(this::remove);
    return addresses.size();
  }

  /** Removes everything: the frame of every page changed (a new section in the navigation). */
  public synchronized void clear() {
    generation++;
    monthsGeneration++;
    entries.clear();
    addressesByTag.clear();
    weight = 0;
  }

  /**
   * The first request after the site's midnight empties the cache: every page rendered before it
   * may show an article of the day before with its hour. One comparison per request otherwise.
   */
  private void rollOverMidnight() {
    Instant now = clock.instant();
    if (now.isBefore(dayEnds)) {
      return;
    }
    clear();
    dayEnds = nextMidnight(now);
  }

  private Instant nextMidnight(Instant now) {
    return now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
  }

  /**
   * The {@code Cache-Control} to send now: the response's policy, with the lifetimes a browser or
   * CDN may keep a reader page cut to what is left of the local day in its last minutes.
   */
  String cacheControl(CachedResponse response) {
    Instant ends = dayEnds;
    if (zone == null || ends == Instant.MAX) {
      return response.policy().header();
    }
    return response.policy().headerUntil(Duration.between(clock.instant(), ends));
  }

  /**
   * The listings an article belonged to, as far as cached responses remember: the listing keys
   * its own page was rendered with, and the keys of every listing that shows it.
   */
  synchronized Set<String> rememberedListingsOf(long articleId) {
    Set<String> keys = new HashSet<>();
    for (String address : addressesByTag.getOrDefault(CacheKeys.article(articleId), Set.of())) {
      keys.addAll(entries.get(address).keys().memberOf());
    }
    for (String address : addressesByTag.getOrDefault(SHOWS + articleId, Set.of())) {
      keys.addAll(entries.get(address).keys().surrogate());
    }
    return keys;
  }

  private void remove(String address) {
    CachedResponse gone = entries.remove(address);
    if (gone == null) {
      return;
    }
    weight -= gone.weight();
    for (String tag : tagsOf(gone)) {
      Set<String> addresses = addressesByTag.get(tag);
      if (addresses != null) {
        addresses.remove(address);
        if (addresses.isEmpty()) {
          addressesByTag.remove(tag);
        }
      }
    }
  }

  private static List<String> tagsOf(CachedResponse response) {
    List<String> tags = new ArrayList<>(response.keys().surrogate());
    response.keys().shows().forEach(id -> tags.add(SHOWS + id));
    return tags;
  }

  public synchronized Stats stats() {
    return new Stats(entries.size(), weight, hits, misses, evictions);
  }

  /** Counters for logs, metrics and tests. */
  public record Stats(int entries, long bytes, long hits, long misses, long evictions) {}
}
