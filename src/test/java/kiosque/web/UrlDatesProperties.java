package kiosque.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

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
}
