package kiosque.popular;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.background.WakeableLoop;
import kiosque.config.SettingDefinition;
import kiosque.web.Urls;
import org.jdbi.v3.core.Jdbi;

/**
 * "Les plus lus" on one node: counts the beacons' views in memory, writes them to the database
 * every few seconds (so a crash loses at most that much, and a clean stop nothing), and reads the
 * rankings of the last 24 hours and 7 days once a minute into memory, where page renderings take
 * their block: no query per page view.
 *
 * <p>Pages are not purged when the rankings move: a block changing every minute would empty the
 * page cache every minute. A page shows the rankings of when it was rendered, at most the page
 * cache's time-to-live plus a minute old (see docs/syndication.md, "Les plus lus").
 */
public final class MostRead implements AutoCloseable {

  /** Off: no beacon, no block (and {@code bench/beacon.sh}'s side without counting). */
  public static final SettingDefinition ENABLED = new SettingDefinition("kiosque.most-read", "KIOSQUE_MOST_READ",
      "true", "Whether article views are counted and \"Les plus lus\" shown (true or false).");

  /** Views one address may add in a minute: a reader opens a few pages a minute, a shared address more. */
  public static final SettingDefinition PER_ADDRESS = new SettingDefinition("kiosque.most-read.per-address",
      "KIOSQUE_MOST_READ_PER_ADDRESS", "120", "Views one address may add to the counts in a minute.");

  static final int SHOWN = 5;
  /** Where an article page reports its view: {@code /v/ID} ({@link Beacons}). */
  static final String BEACON_PREFIX = "/v/";
  static final Duration FLUSH_EVERY = Duration.ofSeconds(5);
  static final Duration REFRESH_EVERY = Duration.ofMinutes(1);

  private final ViewStore store;
  private final Urls urls;
  private final Clock clock;
  private final ViewCounts counts = new ViewCounts(100_000);
  private final AddressCap cap;
  private final WakeableLoop loop;
  private volatile Rankings rankings = Rankings.NONE;
  private long lastRefresh;
  private boolean refreshed;

  /** @param perAddress views one address may add in a minute ({@link #PER_ADDRESS}) */
  public MostRead(Jdbi jdbi, boolean postgres, Urls urls, Clock clock, int perAddress) {
    // 16,384 slots of 8 bytes: 128 KB whatever the number of addresses.
    this.cap = new AddressCap(1 << 14, perAddress);
    this.store = new ViewStore(jdbi, postgres);
    this.urls = urls;
    this.clock = clock;
    this.loop = new WakeableLoop("most-read", this::round, FLUSH_EVERY);
  }

  public void start() {
    loop.start();
  }

  /**
   * Counts one view of an article unless the agent is a bot or the address has added its share
   * this minute. Whether the id is a published article is checked when the counts are written.
   */
  boolean count(long articleId, String address, String userAgent) {
    if (articleId <= 0 || BotFilter.isBot(userAgent)) {
      return false;
    }
    Instant now = clock.instant();
    if (!cap.allow(address == null ? "" : address, now.toEpochMilli() / 60_000)) {
      return false;
    }
    counts.add(articleId, now);
    return true;
  }

  /** Writes the views counted so far; on failure they stay in memory for the next flush. */
  public void flush() {
    List<ViewCounts.Bucket> buckets = counts.drain();
    try {
      store.add(buckets);
    } catch (RuntimeException e) {
      counts.restore(buckets);
      throw e;
    }
  }

  /** Reads the rankings again from the database. */
  public void refresh() {
    Instant now = clock.instant();
    rankings = new Rankings(ranking(store.ranked(now.minus(Duration.ofHours(24)), SHOWN + 1)),
        ranking(store.ranked(now.minus(Duration.ofDays(7)), SHOWN + 1)));
  }

  private Duration round() {
    flush();
    long now = System.nanoTime();
    if (!refreshed || now - lastRefresh >= REFRESH_EVERY.toNanos()) {
      refresh();
      refreshed = true;
      lastRefresh = now;
    }
    return FLUSH_EVERY;
  }

  /** The home page's block: the whole site's. */
  public MostReadBlock home() {
    Rankings current = rankings;
    return new MostReadBlock(null, items(current.day().site(), 0), items(current.week().site(), 0), null);
  }

  /**
   * An article page's block: its section's lists when the section has enough read articles
   * besides this one, else the site's; never the article itself. With the beacon that counts it.
   */
  public MostReadBlock article(long articleId, Long sectionId, String sectionName) {
    Rankings current = rankings;
    String beacon = BEACON_PREFIX + articleId;
    if (sectionId != null) {
      List<Entry> day = current.day().bySection().getOrDefault(sectionId, List.of());
      List<Entry> week = current.week().bySection().getOrDefault(sectionId, List.of());
      if (without(week, articleId).size() >= 3) {
        return new MostReadBlock(sectionName, items(day, articleId), items(week, articleId), beacon);
      }
    }
    return new MostReadBlock(null, items(current.day().site(), articleId), items(current.week().site(), articleId),
        beacon);
  }

  private static List<Entry> without(List<Entry> entries, long articleId) {
    return entries.stream().filter(e -> e.articleId() != articleId).toList();
  }

  private static List<MostReadBlock.Item> items(List<Entry> entries, long except) {
    return without(entries, except).stream().limit(SHOWN).map(Entry::item).toList();
  }

  private Ranking ranking(List<ViewStore.Ranked> rows) {
    List<Entry> site = new ArrayList<>();
    Map<Long, List<Entry>> bySection = new HashMap<>();
    for (ViewStore.Ranked row : rows) {
      Entry entry = new Entry(row.teaser().id(), new MostReadBlock.Item(row.teaser().title(), urls.article(row.teaser())));
      if (site.size() <= SHOWN) {
        site.add(entry);
      }
      if (row.sectionId() != null) {
        bySection.computeIfAbsent(row.sectionId(), k -> new ArrayList<>()).add(entry);
      }
    }
    return new Ranking(site, bySection);
  }

  /** Flushes what was counted before the database closes. */
  @Override
  public void close() {
    loop.close();
    flush();
  }

  private record Entry(long articleId, MostReadBlock.Item item) {}

  private record Ranking(List<Entry> site, Map<Long, List<Entry>> bySection) {
    static final Ranking NONE = new Ranking(List.of(), Map.of());
  }

  private record Rankings(Ranking day, Ranking week) {
    static final Rankings NONE = new Rankings(Ranking.NONE, Ranking.NONE);
  }
}
