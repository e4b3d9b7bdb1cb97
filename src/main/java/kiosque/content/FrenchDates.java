package kiosque.content;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the site prints them, in its time zone: {@code 14 janvier 2021} and {@code 15h20} in
 * French, {@code 14 January 2021} and {@code 15:20} in English. The zone's rules decide the offset
 * of each instant, so Morocco's Ramadan clock change is applied without special cases.
 */
public final class FrenchDates {

  private final ZoneId zone;
  private final DateTimeFormatter day;
  private final DateTimeFormatter firstOfMonth;
  private final DateTimeFormatter time;
  private final DateTimeFormatter month;

  public FrenchDates(ZoneId zone, Locale locale) {
    this.zone = zone;
    boolean french = locale.getLanguage().equals("fr");
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    // French writes the first of the month as an ordinal: « 1er juin 2025 », never « 1 juin ».
    this.firstOfMonth = french ? DateTimeFormatter.ofPattern("d'er' MMMM yyyy", locale) : day;
    this.time = DateTimeFormatter.ofPattern(french ? "HH'h'mm" : "HH:mm", locale);
    this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
  }

  public ZoneId zone() {
    return zone;
  }

  public ZonedDateTime local(Instant instant) {
    return instant.atZone(zone);
  }

  /** {@code 14 janvier 2021}, {@code 1er juin 2025} */
  public String day(Instant instant) {
    return day(local(instant));
  }

  /** As {@link #day(Instant)}, for a time already in the site's zone ({@link #local}): a listing's teasers. */
  public String day(ZonedDateTime local) {
    return (local.getDayOfMonth() == 1 ? firstOfMonth : day).format(local);
  }

  /** {@code 15h20} */
  public String time(Instant instant) {
    return time(local(instant));
  }

  public String time(ZonedDateTime local) {
    return time.format(local);
  }

  /** {@code janvier 2021}, for archive headings. */
  public String month(int year, int monthOfYear) {
    return month.format(ZonedDateTime.of(year, monthOfYear, 1, 12, 0, 0, 0, zone));
  }

  /** ISO-8601 with the local offset, for {@code <time datetime>} and structured data. */
  public String iso(Instant instant) {
    return iso(local(instant));
  }

  public String iso(ZonedDateTime local) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.toOffsetDateTime());
  }

  public ZonedDateTime now(Clock clock) {
    return ZonedDateTime.now(clock.withZone(zone));
  }
}
