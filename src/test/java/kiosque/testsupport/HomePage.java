package kiosque.testsupport;

import java.util.List;
import org.jsoup.Jsoup;

/** What tests read on a served home page. */
public final class HomePage {

  private HomePage() {}

  /**
   * The headlines of the home page's latest articles, in order: two servers showing the same list
   * serve the same site content (a backup restored, a database compacted).
   */
  public static List<String> latestHeadlines(String html) {
    return Jsoup.parse(html).select("section.latest li.teaser a").eachText();
  }
}
