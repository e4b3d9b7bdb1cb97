package kiosque.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import kiosque.web.CacheKeys;
import kiosque.web.CachePolicy;
import org.junit.jupiter.api.Test;

class PageCacheTest {

  static final Instant T0 = Instant.parse("2025-06-01T10:00:00Z");

  /** A clock the test moves by hand. */
  static final class ManualClock extends Clock {
    Instant now = T0;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  final ManualClock clock = new ManualClock();

  static CachedResponse response(int size, CacheKeys keys, Instant storedAt) {
    return CachedResponse.of(new byte[size], false, Rendered.HTML, "W/\"x\"", storedAt, CachePolicy.PAGE, keys, storedAt);
  }

  @Test
  void invalidationRemovesExactlyTheResponsesFiledUnderTheKeys() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(5), clock);
    cache.put("/rubrique/maroc", response(100, CacheKeys.listing("section-1", List.of(7L)), T0), cache.generation());
    cache.put("/rubrique/sport", response(100, CacheKeys.listing("section-2", List.of(8L)), T0), cache.generation());
    cache.put("/", response(100, CacheKeys.listing(CacheKeys.LATEST, List.of(7L, 8L)), T0), cache.generation());

    assertThat(cache.invalidate(List.of("section-1", "latest"))).isEqualTo(2);

    assertThat(cache.get("/rubrique/maroc")).isNull();
    assertThat(cache.get("/")).isNull();
    assertThat(cache.get("/rubrique/sport")).isNotNull();
  }

  @Test
  void theLeastRecentlyUsedGoFirstWhenMemoryRunsOut() {
    // Room for four: no single response may take more than a quarter of the memory.
    long capacity = 4 * response(1000, CacheKeys.NONE, T0).weight();
    PageCache cache = new PageCache(capacity, Duration.ofMinutes(5), clock);
    for (String address : List.of("/a", "/b", "/c", "/d")) {
      cache.put(address, response(1000, CacheKeys.NONE, T0), cache.generation());
    }
    cache.get("/a");

    cache.put("/e", response(1000, CacheKeys.NONE, T0), cache.generation());

    assertThat(cache.get("/b")).isNull();
    assertThat(cache.get("/a")).isNotNull();
    assertThat(cache.stats().bytes()).isLessThanOrEqualTo(capacity);
    assertThat(cache.stats().evictions()).isEqualTo(1);
  }

  @Test
  void responsesExpireAfterTheirMaximumAgeEvenWithoutChange() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(5), clock);
    cache.put("/", response(10, CacheKeys.NONE, T0), cache.generation());

    clock.now = T0.plus(Duration.ofMinutes(4));
    assertThat(cache.get("/")).isNotNull();
    clock.now = T0.plus(Duration.ofMinutes(5));
    assertThat(cache.get("/")).isNull();
  }

  @Test
  void aResponseRenderedWhileAnInvalidationRanIsNotStored() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(5), clock);
    long seen = cache.generation();
    cache.invalidate(List.of("section-1"));

    assertThat(cache.put("/rubrique/maroc", response(10, CacheKeys.listing("section-1", List.of()), T0), seen)).isFalse();
    assertThat(cache.get("/rubrique/maroc")).isNull();
  }

  @Test
  void aResponseLargerThanAQuarterOfTheMemoryIsServedButNotKept() {
    PageCache cache = new PageCache(4000, Duration.ofMinutes(5), clock);

    assertThat(cache.put("/", response(2000, CacheKeys.NONE, T0), cache.generation())).isFalse();
  }

  @Test
  void aZeroCapacityStoresNothing() {
    PageCache cache = new PageCache(0, Duration.ofMinutes(5), clock);

    assertThat(cache.put("/", response(1, CacheKeys.NONE, T0), cache.generation())).isFalse();
  }

  @Test
  void cachedPagesRememberWhichListsAnArticleBelongedTo() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(5), clock);
    CacheKeys articlePage = new CacheKeys(Set.of("article-7", "in-section-1"), Set.of(),
        Set.of("latest", "section-1", "topic-3"));
    cache.put("/2025/05/20/accord-7", response(10, articlePage, T0), cache.generation());
    cache.put("/auteur/i-l", response(10, CacheKeys.listing("author-4", List.of(7L, 9L)), T0), cache.generation());
    cache.put("/auteur/k-b", response(10, CacheKeys.listing("author-5", List.of(9L)), T0), cache.generation());

    assertThat(cache.rememberedListingsOf(7)).containsExactlyInAnyOrder("latest", "section-1", "topic-3", "author-4");
    assertThat(cache.rememberedListingsOf(8)).isEmpty();
  }

  static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

  /** Listings print today's articles with their hour: nothing rendered on one local day is served on the next. */
  @Test
  void theSitesMidnightEmptiesTheCacheAndRefusesWhatWasRenderedBeforeIt() {
    clock.now = Instant.parse("2025-06-01T22:50:00Z");
    PageCache cache = new PageCache(1 << 20, Duration.ofHours(1), clock, CASABLANCA);
    cache.put("/", response(100, CacheKeys.listing(CacheKeys.LATEST, List.of(7L)), clock.now), cache.generation());
    long renderingStarted = cache.generation();

    clock.now = Instant.parse("2025-06-01T22:59:59Z");
    assertThat(cache.get("/")).as("23h59:59 in Casablanca").isNotNull();
    clock.now = Instant.parse("2025-06-01T23:00:00Z");
    assertThat(cache.put("/rubrique/maroc", response(100, CacheKeys.listing("section-1", List.of(7L)), clock.now),
        renderingStarted)).as("rendered before midnight, stored after it").isFalse();
    assertThat(cache.get("/")).isNull();
    assertThat(cache.put("/", response(100, CacheKeys.listing(CacheKeys.LATEST, List.of(7L)), clock.now),
        cache.generation())).isTrue();
    clock.now = Instant.parse("2025-06-01T23:30:00Z");
    assertThat(cache.get("/")).as("rendered on the new day").isNotNull();
  }

  @Test
  void inTheDaysLastMinutesBrowsersAndCdnsAreToldToKeepPagesOnlyUntilMidnight() {
    PageCache cache = new PageCache(1 << 20, Duration.ofMinutes(5), clock, CASABLANCA);
    CachedResponse page = response(100, CacheKeys.listing(CacheKeys.LATEST, List.of(7L)), T0);
    CachedResponse feed = CachedResponse.of(new byte[10], false, Rendered.HTML, "W/\"f\"", T0, CachePolicy.FEED,
        CacheKeys.listing(CacheKeys.LATEST, List.of(7L)), T0);

    assertThat(cache.cacheControl(page)).isEqualTo(CachePolicy.PAGE.header());
    clock.now = Instant.parse("2025-06-01T22:55:00Z");
    assertThat(cache.cacheControl(page)).isEqualTo("public, max-age=60, stale-while-revalidate=240, stale-if-error=86400");
    clock.now = Instant.parse("2025-06-01T22:59:30Z");
    assertThat(cache.cacheControl(page)).isEqualTo("public, max-age=30, stale-while-revalidate=0, stale-if-error=86400");
    assertThat(cache.cacheControl(feed)).isEqualTo(CachePolicy.FEED.header());
  }
}
