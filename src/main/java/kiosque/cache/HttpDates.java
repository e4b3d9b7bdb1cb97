package kiosque.cache;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** HTTP dates ({@code Sun, 01 Jun 2025 10:00:00 GMT}, RFC 9110's IMF-fixdate), English whatever the site's language. */
final class HttpDates {

  private static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private HttpDates() {}

  static String format(Instant instant) {
    return FORMAT.format(instant);
  }

  /** The instant of an {@code If-Modified-Since} value; null when it is not a date (the header is then ignored). */
  static Instant parse(String value) {
    try {
      return DateTimeFormatter.RFC_1123_DATE_TIME.parse(value.trim(), Instant::from);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
