package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

/**
 * The dates FrenchDates writes by hand (issue 15: no ZonedDateTime, no formatter per teaser) say
 * exactly what the patterns say, in zones with half-hour, 45-minute and pre-1900 local-mean-time
 * offsets, for instants from year -3000 to 12000, on whole seconds or not.
 */
class FrenchDatesProperties {

  @Property(tries = 3000)
  void writtenDatesAreThePatterns(@ForAll("zones") String zoneId, @ForAll("locales") Locale locale,
      @ForAll @LongRange(min = -156_000_000_000L, max = 316_000_000_000L) long epochSecond,
      @ForAll("nanos") int nano) {
    ZoneId zone = ZoneId.of(zoneId);
    FrenchDates dates = new FrenchDates(zone, locale);
    Instant instant = Instant.ofEpochSecond(epochSecond, nano);
    ZonedDateTime local = instant.atZone(zone);
    boolean french = locale.getLanguage().equals("fr");
    String day = DateTimeFormatter.ofPattern(french && local.getDayOfMonth() == 1 ? "d'er' MMMM yyyy" : "d MMMM yyyy",
        locale).format(local);
    String time = DateTimeFormatter.ofPattern(french ? "HH'h'mm" : "HH:mm", locale).format(local);
    String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.toOffsetDateTime());

    assertThat(dates.day(instant)).isEqualTo(day);
    assertThat(dates.day(local)).isEqualTo(day);
    assertThat(dates.time(instant)).isEqualTo(time);
    assertThat(dates.time(local)).isEqualTo(time);
    assertThat(dates.iso(instant)).isEqualTo(iso);
    assertThat(FrenchDates.iso(instant, zone)).isEqualTo(iso);
    assertThat(dates.iso(local)).isEqualTo(iso);
    assertThat(dates.epochDay(instant)).isEqualTo(local.toLocalDate().toEpochDay());
  }

  @Provide
  Arbitrary<String> zones() {
    return Arbitraries.of("Africa/Casablanca", "Europe/Paris", "UTC", "America/St_Johns", "Asia/Kathmandu",
        "Pacific/Kiritimati", "America/Los_Angeles");
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(Locale.FRENCH, Locale.ENGLISH, Locale.forLanguageTag("fr-MA"));
  }

  @Provide
  Arbitrary<Integer> nanos() {
    // Mostly whole seconds, as stored dates are, sometimes a fraction.
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(8, Arbitraries.just(0)),
        net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(1, 999_999_999)),
        net.jqwik.api.Tuple.of(1, Arbitraries.of(1_000_000, 500_000_000, 120_000)));
  }
}
