package kiosque.content;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates as the site prints them, in its time zone: {@code 14 janvier 2021} and {@code 15h20} in
 * French, {@code 14 January 2021} and {@code 15:20} in English. The zone's rules decide the offset
 * of each instant, so Morocco's Ramadan clock change is applied without special cases.
 *
 * <p>An uncached article page prints about forty dates (three per teaser, the dateline, the
 * structured data). Each went through {@code atZone} (a ZonedDateTime, its LocalDateTime, LocalDate
 * and LocalTime) and a {@link DateTimeFormatter} (a print context, a builder, boxed fields): about
 * 500 bytes a teaser (issue 15). Dates of years 1 to 9999 on whole seconds and whole-minute offsets,
 * which is every stored date, are now written from the zone's offset and the epoch's days and
 * seconds into one string; anything else still goes through the formatters, which remain the
 * definition ({@code FrenchDatesProperties} compares both).
 */
public final class FrenchDates {

  private static final String[] TWO_DIGITS = new String[100];

  static {
    for (int i = 0; i < 100; i++) {
      TWO_DIGITS[i] = (i < 10 ? "0" : "") + i;
    }
  }

  private final ZoneId zone;
  private final DateTimeFormatter day;
  private final DateTimeFormatter firstOfMonth;
  private final DateTimeFormatter time;
  private final DateTimeFormatter month;
  private final boolean french;
  /** The months as {@code day}'s pattern writes them (MMMM), January first. */
  private final String[] monthNames = new String[12];

  public FrenchDates(ZoneId zone, Locale locale) {
    this.zone = zone;
    this.french = locale.getLanguage().equals("fr");
    this.day = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    // French writes the first of the month as an ordinal: « 1er juin 2025 », never « 1 juin ».
    this.firstOfMonth = french ? DateTimeFormatter.ofPattern("d'er' MMMM yyyy", locale) : day;
    this.time = DateTimeFormatter.ofPattern(french ? "HH'h'mm" : "HH:mm", locale);
    this.month = DateTimeFormatter.ofPattern("MMMM yyyy", locale);
    DateTimeFormatter monthName = DateTimeFormatter.ofPattern("MMMM", locale);
    for (int m = 1; m <= 12; m++) {
      monthNames[m - 1] = monthName.format(LocalDate.of(2000, m, 15));
    }
  }

  /** {@code 00} to {@code 99}, kept: a number of a date written without a formatter. */
  public static String twoDigits(int value) {
    return TWO_DIGITS[value];
  }

  public ZoneId zone() {
    return zone;
  }

  public ZonedDateTime local(Instant instant) {
    return instant.atZone(zone);
  }

  /** {@code 14 janvier 2021}, {@code 1er juin 2025} */
  public String day(Instant instant) {
    long fields = localFields(instant);
    return fields == OUTSIDE ? day(local(instant)) : day(year(fields), month(fields), dayOfMonth(fields));
  }

  /** As {@link #day(Instant)}, for a time already in the site's zone ({@link #local}): a listing's teasers. */
  public String day(ZonedDateTime local) {
    if (local.getYear() >= 1 && local.getYear() <= 9999) {
      return day(local.getYear(), local.getMonthValue(), local.getDayOfMonth());
    }
    return (local.getDayOfMonth() == 1 ? firstOfMonth : day).format(local);
  }

  private String day(int year, int monthOfYear, int dayOfMonth) {
    String name = monthNames[monthOfYear - 1];
    // One concatenation each: the year written apart would be a string of its own.
    return dayOfMonth == 1 && french ? "1er " + name + " " + TWO_DIGITS[year / 100] + TWO_DIGITS[year % 100]
        : dayOfMonth + " " + name + " " + TWO_DIGITS[year / 100] + TWO_DIGITS[year % 100];
  }

  /** {@code 15h20} */
  public String time(Instant instant) {
    long fields = localFields(instant);
    return fields == OUTSIDE ? time(local(instant)) : time(hour(fields), minute(fields));
  }

  public String time(ZonedDateTime local) {
    return time(local.getHour(), local.getMinute());
  }

  private String time(int hour, int minute) {
    return TWO_DIGITS[hour] + (french ? "h" : ":") + TWO_DIGITS[minute];
  }

  /** {@code janvier 2021}, for archive headings. */
  public String month(int year, int monthOfYear) {
    return month.format(ZonedDateTime.of(year, monthOfYear, 1, 12, 0, 0, 0, zone));
  }

  /** ISO-8601 with the local offset, for {@code <time datetime>} and structured data. */
  public String iso(Instant instant) {
    return iso(instant, zone);
  }

  /**
   * The same in any zone, what {@code ISO_OFFSET_DATE_TIME} writes, without building the zoned
   * date: the sitemaps write one for each of up to 1,000 addresses (issue 15).
   */
  public static String iso(Instant instant, ZoneId zone) {
    ZoneOffset offset = zone.getRules().getOffset(instant);
    long fields = localFields(instant, offset);
    return fields == OUTSIDE || offset.getTotalSeconds() % 60 != 0 ? isoOf(instant.atZone(zone))
        : iso(fields, offset);
  }

  public String iso(ZonedDateTime local) {
    return isoOf(local);
  }

  private static String isoOf(ZonedDateTime local) {
    if (local.getYear() >= 1 && local.getYear() <= 9999 && local.getNano() == 0
        && local.getOffset().getTotalSeconds() % 60 == 0) {
      return iso(pack(local.getYear(), local.getMonthValue(), local.getDayOfMonth(),
          local.toLocalTime().toSecondOfDay()), local.getOffset());
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(local.toOffsetDateTime());
  }

  private static String iso(long fields, ZoneOffset offset) {
    int year = year(fields);
    // ISO_OFFSET_DATE_TIME: seconds always, no fraction on a whole second, the offset's id ("Z", "+01:00").
    return TWO_DIGITS[year / 100] + TWO_DIGITS[year % 100] + "-" + TWO_DIGITS[month(fields)] + "-"
        + TWO_DIGITS[dayOfMonth(fields)] + "T" + TWO_DIGITS[hour(fields)] + ":" + TWO_DIGITS[minute(fields)] + ":"
        + TWO_DIGITS[second(fields)] + offset.getId();
  }

  public ZonedDateTime now(Clock clock) {
    return ZonedDateTime.now(clock.withZone(zone));
  }

  /** The day of {@code instant} in the site's zone, as days since 1970-01-01 (what {@code toLocalDate().toEpochDay()} gives). */
  public long epochDay(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond() + zone.getRules().getOffset(instant).getTotalSeconds(), 86_400);
  }

  /** {@link #localFields(Instant, ZoneOffset)}'s answer for a date it does not write itself. */
  private static final long OUTSIDE = -1;

  private long localFields(Instant instant) {
    return localFields(instant, zone.getRules().getOffset(instant));
  }

  /**
   * The local date and time of {@code instant} at {@code offset}, packed in one long (year, month,
   * day, second of the day), or {@link #OUTSIDE} for a fraction of a second or a year outside 1 to
   * 9999 (left to the formatters). The civil date from the epoch day is LocalDate.ofEpochDay's
   * computation, from 0000-03-01.
   */
  private static long localFields(Instant instant, ZoneOffset offset) {
    if (instant.getNano() != 0) {
      return OUTSIDE;
    }
    long local = instant.getEpochSecond() + offset.getTotalSeconds();
    long epochDay = Math.floorDiv(local, 86_400);
    int secondOfDay = (int) Math.floorMod(local, 86_400);
    long zeroDay = epochDay + 719_528 - 60;
    if (zeroDay < 366 || zeroDay > 3_652_000) {
      return OUTSIDE;
    }
    long year = (400 * zeroDay + 591) / 146_097;
    long dayOfYear = zeroDay - (365 * year + year / 4 - year / 100 + year / 400);
    if (dayOfYear < 0) {
      year--;
      dayOfYear = zeroDay - (365 * year + year / 4 - year / 100 + year / 400);
    }
    int marchMonth0 = (int) (dayOfYear * 5 + 2) / 153;
    int monthOfYear = (marchMonth0 + 2) % 12 + 1;
    int dayOfMonth = (int) dayOfYear - (marchMonth0 * 306 + 5) / 10 + 1;
    year += marchMonth0 / 10;
    if (year < 1 || year > 9999) {
      return OUTSIDE;
    }
    return pack((int) year, monthOfYear, dayOfMonth, secondOfDay);
  }

  private static long pack(int year, int monthOfYear, int dayOfMonth, int secondOfDay) {
    return ((long) year << 40) | ((long) monthOfYear << 32) | ((long) dayOfMonth << 24) | secondOfDay;
  }

  private static int year(long fields) {
    return (int) (fields >>> 40);
  }

  private static int month(long fields) {
    return (int) (fields >>> 32) & 0xff;
  }

  private static int dayOfMonth(long fields) {
    return (int) (fields >>> 24) & 0xff;
  }

  private static int hour(long fields) {
    return (int) (fields & 0xffffff) / 3600;
  }

  private static int minute(long fields) {
    return (int) (fields & 0xffffff) / 60 % 60;
  }

  private static int second(long fields) {
    return (int) (fields & 0xffffff) % 60;
  }
}
