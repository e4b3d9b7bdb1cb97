package kiosque.cache;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageCachingTest {

  @Test
  void etagsAreWeakAndCompareWeakly() {
    String etag = PageCaching.etag("<p>Bonjour</p>".getBytes(StandardCharsets.UTF_8));

    assertThat(etag).matches("W/\"[0-9a-f]{24}\"");
    assertThat(PageCaching.etagMatches(etag, etag)).isTrue();
    assertThat(PageCaching.etagMatches(etag.substring(2), etag)).isTrue();
    assertThat(PageCaching.etagMatches("\"a\", " + etag + ", \"b\"", etag)).isTrue();
    assertThat(PageCaching.etagMatches("*", etag)).isTrue();
    assertThat(PageCaching.etagMatches("W/\"a\"", etag)).isFalse();
  }

  @Test
  void httpDatesAreEnglishImfFixdatesWhateverTheLocale() {
    Instant instant = Instant.parse("2025-06-01T09:05:03Z");

    assertThat(HttpDates.format(instant)).isEqualTo("Sun, 01 Jun 2025 09:05:03 GMT");
    assertThat(HttpDates.parse("Sun, 01 Jun 2025 09:05:03 GMT")).isEqualTo(instant);
    assertThat(HttpDates.parse("Sun, 1 Jun 2025 09:05:03 GMT")).isEqualTo(instant);
    assertThat(HttpDates.parse("dimanche")).isNull();
  }
}
