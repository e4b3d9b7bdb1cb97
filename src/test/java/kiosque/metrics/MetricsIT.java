package kiosque.metrics;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kiosque.testsupport.Await;
import kiosque.testsupport.FakeCdn;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /metrics} over HTTP: behind its token, with requests by kind (cache hits included), caches, lags, the CDN purge, the JVM. */
class MetricsIT {

  private static final String TOKEN = "un-jeton-de-test";

  @TempDir
  Path dir;

  @Test
  void operatorsReadRequestsCachesLagsPurgesAndTheJvmWithTheToken() {
    try (FakeCdn varnish = FakeCdn.start();
        TestApp app = TestApp.start(dir.resolve("a"), Map.of("KIOSQUE_METRICS_TOKEN", TOKEN,
            "KIOSQUE_CDN_VARNISH", varnish.address()))) {
      long id = app.publish(article().title("Mesuré").section("Maroc"));
      String path = app.pathOf(id);
      assertThat(app.get(path).headers().firstValue("X-Cache")).hasValue("miss");
      assertThat(app.get(path).headers().firstValue("X-Cache")).hasValue("hit");
      app.get("/rubrique/maroc");
      Await.until("the purge was sent", Duration.ofSeconds(10), () -> varnish.keys().contains("article-" + id));

      HttpResponse<String> refused = app.get("/metrics");
      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
      assertThat(app.get("/metrics", Map.of("Authorization", "Bearer pas-le-bon")).statusCode()).isEqualTo(401);

      HttpResponse<String> scraped = app.get("/metrics", Map.of("Authorization", "Bearer " + TOKEN));
      assertThat(scraped.statusCode()).isEqualTo(200);
      assertThat(scraped.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
      assertThat(scraped.headers().firstValue("Cache-Control")).hasValue("private, no-store");
      String text = scraped.body();
      assertThat(value(text, "kiosque_http_requests_seconds_count{cache=\"hit\",kind=\"article\",status=\"2xx\"}"))
          .as("a hit answered before Javalin is counted").isEqualTo(1);
      assertThat(value(text, "kiosque_http_requests_seconds_count{cache=\"miss\",kind=\"article\",status=\"2xx\"}"))
          .isEqualTo(1);
      assertThat(value(text, "kiosque_http_requests_seconds_count{cache=\"miss\",kind=\"listing\",status=\"2xx\"}"))
          .isEqualTo(1);
      assertThat(value(text, "kiosque_http_requests_seconds_count{cache=\"none\",kind=\"metrics\",status=\"4xx\"}"))
          .isEqualTo(2);
      assertThat(text).contains("kiosque_http_requests_seconds_bucket{cache=\"hit\",kind=\"article\",status=\"2xx\",le=\"0.005\"}");
      assertThat(value(text, "kiosque_page_cache_hits_total")).isGreaterThanOrEqualTo(1);
      assertThat(value(text, "kiosque_page_cache_entries")).isGreaterThanOrEqualTo(2);
      assertThat(value(text, "kiosque_page_cache_size_bytes")).isPositive();
      assertThat(value(text, "kiosque_change_feed_behind{follower=\"page-cache\"}")).isGreaterThanOrEqualTo(0);
      assertThat(text).contains("kiosque_change_feed_behind{follower=\"search-index\"}");
      assertThat(value(text, "kiosque_cdn_purge_lease_held")).isEqualTo(1);
      String pending = "kiosque_cdn_purge_pending{target=\"varnish " + varnish.address() + "\"}";
      assertThat(value(text, pending)).isGreaterThanOrEqualTo(0);
      assertThat(text).contains("jvm_memory_used_bytes").contains("jvm_threads_live_threads")
          .contains("process_uptime_seconds");

      // Background work (related lists) may queue a key or write a change at any moment: the
      // gauges follow the real state, down to nothing behind once the node is idle.
      varnish.down(true);
      long late = app.publish(article().title("Pendant la panne").section("Maroc"));
      Await.until("a key waits for the CDN that is down", Duration.ofSeconds(10),
          () -> value(scrape(app), pending) >= 1);
      varnish.down(false);
      Await.until("the purge arrives", Duration.ofSeconds(10), () -> varnish.keys().contains("article-" + late));
      Await.until("nothing waits and the page cache is level with the log", Duration.ofSeconds(10), () -> {
        String now = scrape(app);
        return value(now, pending) == 0 && value(now, "kiosque_change_feed_behind{follower=\"page-cache\"}") == 0;
      });
    }
  }

  @Test
  void withoutATokenThereIsNoMetricsAddress() {
    try (TestApp app = TestApp.start(dir.resolve("b"))) {
      assertThat(app.get("/metrics").statusCode()).isEqualTo(404);
    }
  }

  private static String scrape(TestApp app) {
    return app.get("/metrics", Map.of("Authorization", "Bearer " + TOKEN)).body();
  }

  private static double value(String text, String series) {
    Matcher m = Pattern.compile("(?m)^" + Pattern.quote(series) + " (\\S+)$").matcher(text);
    if (!m.find()) {
      throw new AssertionError("no series " + series + " in:\n" + text.lines()
          .filter(l -> l.startsWith(series.contains("{") ? series.substring(0, series.indexOf('{')) : series))
          .reduce("", (a, b) -> a + b + "\n"));
    }
    return Double.parseDouble(m.group(1));
  }
}
