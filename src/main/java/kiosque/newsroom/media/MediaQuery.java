package kiosque.newsroom.media;

import java.time.YearMonth;

/**
 * What the library is asked for: words to find (file name, caption, credit, alternative text),
 * and filters. Null filters are not applied.
 *
 * @param used true: lead image of at least one article; false: of none
 * @param uploadedBy the account that uploaded the images
 * @param month the month of upload, in the site's time zone
 */
public record MediaQuery(String text, Boolean used, Long uploadedBy, YearMonth month) {

  public static final MediaQuery ALL = new MediaQuery("", null, null, null);

  public MediaQuery {
    text = text == null ? "" : text.strip();
  }
}
