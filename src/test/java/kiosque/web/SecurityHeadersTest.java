package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class SecurityHeadersTest {

  @Test
  void anHttpsSiteTellsBrowsersToKeepToHttpsForAYearSubdomainsIncluded() {
    assertThat(SecurityHeaders.forSite(URI.create("https://www.example.ma/")))
        .containsEntry("Strict-Transport-Security", "max-age=31536000; includeSubDomains")
        .containsKey("Content-Security-Policy");
    assertThat(SecurityHeaders.forSite(URI.create("HTTPS://www.example.ma"))).containsKey("Strict-Transport-Security");
  }

  @Test
  void anHttpSiteSendsNoHsts() {
    assertThat(SecurityHeaders.forSite(URI.create("http://localhost:8080")))
        .doesNotContainKey("Strict-Transport-Security").containsKey("X-Content-Type-Options");
  }
}
