package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Listings print today's articles with their hour and older ones with their date, in the site's
 * time zone (Casablanca, UTC+1 in June): a page cached in the evening never shows yesterday's
 * article with a bare hour after midnight, in this node's cache or in a browser's or a CDN's.
 */
class TodayHoursAfterMidnightIT {

  @TempDir
  Path dir;
  MutableClock clock;
  TestApp app;

  @BeforeEach
  void start() {
    // 23h50 in Casablanca on 1 June 2025.
    clock = new MutableClock("2025-06-01T22:50:00Z");
    app = TestApp.start(dir, Map.of(), clock);
    app.publish(article().id("soir").title("Le conseil municipal vote le budget").section("Maroc")
        .publishedAt("2025-06-01T21:20:00Z"));
  }

  @AfterEach
  void stop() {
    app.close();
  }

  @Test
  void aListingCachedBeforeMidnightShowsTheDateAfterIt() {
    assertThat(timeShown("/rubrique/maroc")).isEqualTo("22h20");
    // Cached before midnight (a background purge, such as the new article's related lists being
    // stored, may drop it once: read until the cache serves it).
    kiosque.testsupport.Await.until("the listing is served from the page cache",
        () -> app.get("/rubrique/maroc").headers().firstValue("X-Cache").orElse("").equals("hit"));

    clock.set(Instant.parse("2025-06-01T23:00:30Z"));

    HttpResponse<String> afterMidnight = app.get("/rubrique/maroc");
    assertThat(afterMidnight.headers().firstValue("X-Cache")).hasValue("miss");
    assertThat(Jsoup.parse(afterMidnight.body()).selectFirst("li.teaser time").text()).isEqualTo("1er juin 2025");
  }

  @Test
  void theHomeRenderedJustBeforeMidnightIsNotKeptAfterIt() {
    assertThat(timeShown("/")).isEqualTo("22h20");

    clock.set(Instant.parse("2025-06-01T23:00:00Z"));

    assertThat(timeShown("/")).isEqualTo("1er juin 2025");
  }

  @Test
  void browsersAndCdnsAreToldToKeepPagesNoLongerThanTheDay() {
    assertThat(app.get("/rubrique/maroc").headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=60, stale-while-revalidate=540, stale-if-error=86400");

    clock.set(Instant.parse("2025-06-01T22:59:30Z"));

    assertThat(app.get("/rubrique/maroc").headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=30, stale-while-revalidate=0, stale-if-error=86400");
    clock.set(Instant.parse("2025-06-02T09:00:00Z"));
    assertThat(app.get("/rubrique/maroc").headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400");
  }

  private String timeShown(String path) {
    return app.page(path).select("li.teaser").stream()
        .filter(li -> li.text().contains("Le conseil municipal vote le budget")).findFirst().orElseThrow()
        .selectFirst("time").text();
  }
}
