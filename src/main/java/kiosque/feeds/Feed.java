package kiosque.feeds;

import java.time.Instant;
import java.util.List;

/**
 * A feed before it is written as RSS or Atom: what both formats say, already resolved to absolute
 * addresses and plain values.
 *
 * @param id the feed's permanent id (Atom {@code id}): its HTML page's absolute address
 * @param updated the newest update among the entries, or the time of writing for an empty feed
 */
record Feed(String id, String title, String subtitle, String htmlUrl, String language, String generator,
    Instant updated, List<Entry> entries) {

  Feed {
    entries = List.copyOf(entries);
  }

  /**
   * One article.
   *
   * @param id stable whatever is edited: {@code tag:host,creation-date:article-123}
   * @param contentHtml the sanitised body with absolute links, for readers that show full text
   * @param image null when the article has none
   */
  record Entry(String id, String title, String link, String summary, String contentHtml, List<String> categories,
      List<Person> authors, Instant published, Instant updated, LeadImage image) {

    Entry {
      categories = List.copyOf(categories);
      authors = List.copyOf(authors);
    }
  }

  /** A byline and its author page. */
  record Person(String name, String uri) {}
}
