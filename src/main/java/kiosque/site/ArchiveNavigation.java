package kiosque.site;

import kiosque.web.Link;

/**
 * The links of a date-archive page to the nearest periods that have articles (never to an empty
 * day or month, never to a day to come), and up to the period containing it (a day's month, a
 * month's year); null where there is none.
 */
public record ArchiveNavigation(Link previousYear, Link previousMonth, Link previousDay, Link up, Link nextDay,
    Link nextMonth, Link nextYear) {

  /** A year's or a month's: no days. */
  public ArchiveNavigation(Link previousYear, Link previousMonth, Link up, Link nextMonth, Link nextYear) {
    this(previousYear, previousMonth, null, up, null, nextMonth, nextYear);
  }

  /** The same with the nearest days with articles before and after (a day's page). */
  ArchiveNavigation withDays(Link before, Link after) {
    return new ArchiveNavigation(previousYear, previousMonth, before, up, after, nextMonth, nextYear);
  }
}
