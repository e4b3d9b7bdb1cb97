package kiosque.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a load balancer's probes see over HTTP: a live, ready node, then one whose database is gone. */
class HealthIT {

  @TempDir
  Path dir;

  private static void assertUncachedText(HttpResponse<String> response) {
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(response.headers().firstValue("X-Cache")).isEmpty();
  }

  @Test
  void aStartedNodeIsLiveAndReadyUntilItsDatabaseGoesAwayThenOnlyLive() {
    try (TestApp app = TestApp.start(dir)) {
      HttpResponse<String> health = app.get("/health");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.body()).isEqualTo("ok\n");
      assertUncachedText(health);

      HttpResponse<String> ready = app.get("/ready");
      assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
      assertThat(ready.body()).isEqualTo("ready\n");
      assertUncachedText(ready);
      assertUncachedText(app.get("/ready"));

      app.wiring().database().close();

      HttpResponse<String> down = app.get("/ready");
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).isEqualTo("not ready\ndatabase unreachable\n");
      assertUncachedText(down);
      assertThat(app.get("/health").statusCode()).as("the process still answers").isEqualTo(200);
    }
  }
}
