package kiosque.feeds;

import java.time.Clock;
import java.time.ZoneId;
import kiosque.web.Messages;
import kiosque.web.Urls;
import org.jdbi.v3.core.Jdbi;

/** What feeds, sitemaps and page metadata share: the site's identity, its addresses, time and store. */
public record FeedContext(String siteName, String language, ZoneId zone, Clock clock, Urls urls, Messages msg,
    SyndicationStore store) {

  public static FeedContext of(String siteName, String language, ZoneId zone, Clock clock, Urls urls, Messages msg,
      Jdbi jdbi) {
    return new FeedContext(siteName, language, zone, clock, urls, msg, new SyndicationStore(jdbi, zone));
  }
}
