package kiosque.feeds;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.net.http.HttpResponse;

/** Reads feeds back with ROME, the parser Java feed readers use. */
final class Feeds {

  private Feeds() {}

  static SyndFeed parse(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new AssertionError(response.uri() + " answered " + response.statusCode());
    }
    return parse(response.body());
  }

  static SyndFeed parse(String xml) {
    try {
      return new SyndFeedInput().build(new StringReader(xml));
    } catch (FeedException e) {
      throw new AssertionError("Not a feed ROME can read: " + e.getMessage() + "\n" + xml, e);
    }
  }

  static SyndEntry entryTitled(SyndFeed feed, String title) {
    return feed.getEntries().stream().filter(e -> e.getTitle().equals(title)).findFirst()
        .orElseThrow(() -> new AssertionError("No entry titled " + title + " in " + feed.getEntries().stream()
            .map(SyndEntry::getTitle).toList()));
  }
}
