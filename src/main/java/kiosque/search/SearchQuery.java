package kiosque.search;

import java.time.LocalDate;

/**
 * A reader's search as the page or the JSON endpoint received it. Nothing here needs to be valid:
 * blank filters mean none, the page is clamped, the text may be anything.
 *
 * @param text what was typed (may be empty: then the newest articles, filtered), cut to {@link #MAX_TEXT}
 * @param section a section name, matched as names are ({@code economie} finds {@code Économie})
 * @param from first day included, in the site's time zone
 * @param to last day included, in the site's time zone
 */
public record SearchQuery(String text, Order order, String section, String topic, String author,
    LocalDate from, LocalDate to, int page, int pageSize) {

  public static final int DEFAULT_PAGE_SIZE = 10;
  /** What is searched of the text; the rest of a long paste would only weigh down every link of the page. */
  public static final int MAX_TEXT = 500;
  public static final int MAX_PAGE_SIZE = 50;

  /** Relevance (with a freshness boost) or newest first. */
  public enum Order { RELEVANCE, DATE }

  public SearchQuery {
    text = cut(text == null ? "" : text);
    order = order == null ? Order.RELEVANCE : order;
    section = blankToNull(section);
    topic = blankToNull(topic);
    author = blankToNull(author);
    from = withinCalendar(from);
    to = withinCalendar(to);
    page = Math.max(1, page);
    pageSize = pageSize < 1 ? DEFAULT_PAGE_SIZE : Math.min(pageSize, MAX_PAGE_SIZE);
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Order.RELEVANCE, null, null, null, null, null, 1, DEFAULT_PAGE_SIZE);
  }

  public SearchQuery withOrder(Order newOrder) {
    return new SearchQuery(text, newOrder, section, topic, author, from, to, page, pageSize);
  }

  public SearchQuery withSection(String name) {
    return new SearchQuery(text, order, name, topic, author, from, to, page, pageSize);
  }

  public SearchQuery withTopic(String name) {
    return new SearchQuery(text, order, section, name, author, from, to, page, pageSize);
  }

  public SearchQuery withAuthor(String name) {
    return new SearchQuery(text, order, section, topic, name, from, to, page, pageSize);
  }

  public SearchQuery withDates(LocalDate first, LocalDate last) {
    return new SearchQuery(text, order, section, topic, author, first, last, page, pageSize);
  }

  public SearchQuery withPage(int number) {
    return new SearchQuery(text, order, section, topic, author, from, to, number, pageSize);
  }

  public SearchQuery withText(String newText) {
    return new SearchQuery(newText, order, section, topic, author, from, to, page, pageSize);
  }

  private static String cut(String text) {
    if (text.length() <= MAX_TEXT) {
      return text;
    }
    return text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT);
  }

  /** Dates no archive holds (and that would overflow epoch milliseconds) mean no bound. */
  private static LocalDate withinCalendar(LocalDate date) {
    return date == null || date.getYear() < 1 || date.getYear() > 9999 ? null : date;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
