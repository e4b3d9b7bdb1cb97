package kiosque.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FrenchDatesTest {

  private final FrenchDates casablanca = new FrenchDates(ZoneId.of("Africa/Casablanca"), Locale.FRENCH);

  @Test
  void winterDateIsOneHourAheadOfUtc() {
    Instant instant = Instant.parse("2021-01-14T14:20:00Z");
    assertThat(casablanca.day(instant)).isEqualTo("14 janvier 2021");
    assertThat(casablanca.time(instant)).isEqualTo("15h20");
    assertThat(casablanca.iso(instant)).isEqualTo("2021-01-14T15:20:00+01:00");
  }

  @Test
  void summerDateIsAlsoOneHourAhead() {
    Instant instant = Instant.parse("2024-07-03T08:05:00Z");
    assertThat(casablanca.day(instant)).isEqualTo("3 juillet 2024");
    assertThat(casablanca.time(instant)).isEqualTo("09h05");
  }

  @Test
  void duringRamadanMoroccoReturnsToUtc() {
    // Ramadan 2024: Morocco set its clocks back to UTC from 10 March to 14 April.
    Instant before = Instant.parse("2024-03-09T14:20:00Z");
    Instant during = Instant.parse("2024-03-20T14:20:00Z");
    Instant after = Instant.parse("2024-04-20T14:20:00Z");
    assertThat(casablanca.time(before)).isEqualTo("15h20");
    assertThat(casablanca.time(during)).isEqualTo("14h20");
    assertThat(casablanca.iso(during)).isEqualTo("2024-03-20T14:20:00Z");
    assertThat(casablanca.time(after)).isEqualTo("15h20");
  }

  @Test
  void aLateEveningUtcInstantIsTheNextDayInCasablanca() {
    assertThat(casablanca.day(Instant.parse("2023-12-31T23:30:00Z"))).isEqualTo("1er janvier 2024");
  }

  @Test
  void theFirstOfTheMonthIsAnOrdinalInFrenchOnly() {
    Instant first = Instant.parse("2025-06-01T10:00:00Z");
    assertThat(casablanca.day(first)).isEqualTo("1er juin 2025");
    assertThat(casablanca.day(Instant.parse("2025-06-02T10:00:00Z"))).isEqualTo("2 juin 2025");
    assertThat(new FrenchDates(java.time.ZoneId.of("Africa/Casablanca"), java.util.Locale.ENGLISH).day(first))
        .isEqualTo("1 June 2025");
  }

  @Test
  void monthHeadingsAndAccentedMonths() {
    assertThat(casablanca.month(2021, 2)).isEqualTo("février 2021");
    assertThat(casablanca.day(Instant.parse("2022-08-15T10:00:00Z"))).isEqualTo("15 août 2022");
  }

  @Test
  void englishUsesAColonForTime() {
    FrenchDates english = new FrenchDates(ZoneId.of("Africa/Casablanca"), Locale.ENGLISH);
    assertThat(english.day(Instant.parse("2021-01-14T14:20:00Z"))).isEqualTo("14 January 2021");
    assertThat(english.time(Instant.parse("2021-01-14T14:20:00Z"))).isEqualTo("15:20");
  }
}
