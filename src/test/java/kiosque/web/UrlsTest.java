package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import kiosque.content.Teaser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class UrlsTest {

  private final Urls urls = new Urls(URI.create("https://www.kiosque.ma/"), ZoneId.of("Africa/Casablanca"));

  @Test
  void articleAddressesAreDatedInTheSiteTimeZoneAndEndWithTheId() {
    Teaser lateEvening = new Teaser(42, "l-armee-en-alerte", "t", "s", Instant.parse("2023-12-31T23:30:00Z"), null);
    assertThat(urls.article(lateEvening)).isEqualTo("/2024/01/01/l-armee-en-alerte-42");
  }

  /** The day is computed from the zone's offset by hand: it must be the day atZone gives, Ramadan clock changes included. */
  @Property
  void theDayOfAnAddressIsTheDayInTheSiteZone(@ForAll @IntRange(min = -40_000, max = 40_000) int epochDay,
      @ForAll @IntRange(min = -7_200, max = 7_200) int secondsFromMidnightUtc) {
    // Near midnight, where an offset wrongly applied moves the day: Casablanca is UTC or UTC+1.
    Instant instant = Instant.ofEpochSecond(epochDay * 86_400L + secondsFromMidnightUtc);
    assertThat(urls.localDay(instant)).isEqualTo(instant.atZone(ZoneId.of("Africa/Casablanca")).toLocalDate());
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
