package kiosque.site;

import kiosque.web.Link;

/**
 * The links of a date-archive page to the nearest periods that have articles (never to an empty
 * month), and up to the period containing it (a day's month, a month's year); null where there is none.
 */
public record ArchiveNavigation(Link previousYear, Link previousMonth, Link up, Link nextMonth, Link nextYear) {}
