package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import kiosque.content.Teaser;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Positive;

/** The archive addresses, built by hand for speed, say exactly what the zero-padded pattern says. */
class UrlDatesProperties {

  private final Urls urls = new Urls(URI.create("https://www.kiosque.ma/"), ZoneId.of("Africa/Casablanca"));

  @Property
  void datedAddressesAreZeroPadded(@ForAll @IntRange(min = -20000, max = 20000) int year,
      @ForAll @IntRange(min = 1, max = 12) int month, @ForAll @IntRange(min = 1, max = 31) int day) {
    assertThat(urls.year(year)).isEqualTo(String.format("/%04d/", year));
    assertThat(urls.month(year, month)).isEqualTo(String.format("/%04d/%02d/", year, month));
    assertThat(urls.day(year, month, day)).isEqualTo(String.format("/%04d/%02d/%02d/", year, month, day));
  }

  @Property
  void articleAddressesAreTheLocalDayThenSlugAndId(
      @ForAll @LongRange(min = -70_000_000_000L, max = 260_000_000_000L) long epochSecond, @ForAll @Positive long id) {
    Instant published = Instant.ofEpochSecond(epochSecond);
    ZonedDateTime local = published.atZone(ZoneId.of("Africa/Casablanca"));
    Teaser teaser = new Teaser(id, "un-titre", "Un titre", "", published, null, null, null);
    assertThat(urls.article(teaser)).isEqualTo(String.format("/%04d/%02d/%02d/un-titre-%d", local.getYear(),
        local.getMonthValue(), local.getDayOfMonth(), id));
  }
}
