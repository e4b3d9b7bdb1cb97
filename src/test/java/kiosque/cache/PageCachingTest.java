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
  void etagsTellEveryEditOfAPageFromTheVersionBefore() {
    byte[] page = "<p>Le conseil municipal a voté le budget à 12 voix contre 3.</p>".repeat(300)
        .getBytes(StandardCharsets.UTF_8);
    String etag = PageCaching.etag(page);

    assertThat(PageCaching.etag(page.clone())).isEqualTo(etag);
    for (int at = 0; at < page.length; at += 97) {
      byte[] edited = page.clone();
      edited[at] ^= 1;
      assertThat(PageCaching.etag(edited)).as("bit flipped at %d", at).isNotEqualTo(etag);
    }
    // An edit of up to 64 consecutive bits, the length kept: both CRCs must see it.
    byte[] burst = page.clone();
    for (int i = 100; i < 108; i++) {
      burst[i] = (byte) ~burst[i];
    }
    assertThat(PageCaching.etag(burst)).isNotEqualTo(etag);
    byte[] longer = java.util.Arrays.copyOf(page, page.length + 1);
    assertThat(PageCaching.etag(longer)).isNotEqualTo(etag);
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
