package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site configured at an https address sends HSTS on every kind of answer, cached pages included. */
class StrictTransportIT {

  @TempDir
  Path dir;

  @Test
  void everyAnswerOfAnHttpsSiteCarriesHsts() {
    try (TestApp app = TestApp.start(dir, Map.of("KIOSQUE_SITE_URL", "https://www.example.ma"))) {
      HttpResponse<String> first = app.get("/");
      HttpResponse<String> cached = app.get("/");
      assertThat(cached.headers().firstValue("X-Cache")).as("answered before Javalin").hasValue("hit");
      for (HttpResponse<String> response : java.util.List.of(first, cached, app.get("/nulle-part"),
          app.get("/health"))) {
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as(response.uri().toString())
            .hasValue("max-age=31536000; includeSubDomains");
      }
    }
  }

  @Test
  void anHttpSiteSendsNone() {
    try (TestApp app = TestApp.start(dir)) {
      assertThat(app.get("/").headers().firstValue("Strict-Transport-Security")).isEmpty();
    }
  }
}
