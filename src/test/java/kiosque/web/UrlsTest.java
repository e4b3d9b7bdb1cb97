package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import kiosque.content.Teaser;
import org.junit.jupiter.api.Test;

class UrlsTest {

  private final Urls urls = new Urls(URI.create("https://www.kiosque.ma/"), ZoneId.of("Africa/Casablanca"));

  @Test
  void articleAddressesAreDatedInTheSiteTimeZoneAndEndWithTheId() {
    Teaser lateEvening = new Teaser(42, "l-armee-en-alerte", "t", "s", Instant.parse("2023-12-31T23:30:00Z"), null);
    assertThat(urls.article(lateEvening)).isEqualTo("/2024/01/01/l-armee-en-alerte-42");
  }

  @Test
  void theIdIsReadBackFromTheLastSegment() {
    assertThat(Urls.articleId("covid-19-le-point-123")).hasValue(123L);
    assertThat(Urls.articleId("123")).hasValue(123L);
    assertThat(Urls.articleId("sans-identifiant")).isEmpty();
    assertThat(Urls.articleId("trop-long-99999999999999999999")).isEmpty();
  }

  @Test
  void firstPagesHaveNoParameter() {
    assertThat(Urls.page("/rubrique/maroc", 1)).isEqualTo("/rubrique/maroc");
    assertThat(Urls.page("/rubrique/maroc", 2)).isEqualTo("/rubrique/maroc?page=2");
    assertThat(Urls.page("/recherche?q=eau", 3)).isEqualTo("/recherche?q=eau&page=3");
  }

  @Test
  void absoluteAddressesHaveNoDoubleSlash() {
    assertThat(urls.absolute("/sujet/eau")).isEqualTo("https://www.kiosque.ma/sujet/eau");
  }
}
