package kiosque.popular;

import java.util.List;
import java.util.Locale;

/**
 * Which user agents are not readers: crawlers, link previews, monitors and HTTP libraries. The one
 * list of markers; a request without a user agent is not a reader either. Browsers' own agents
 * never contain these words.
 */
final class BotFilter {

  static final List<String> MARKERS = List.of(
      "bot", "crawl", "spider", "slurp", "facebookexternalhit", "embedly", "preview", "mediapartners",
      "feedfetcher", "lighthouse", "pingdom", "uptime", "monitor", "headlesschrome", "phantomjs",
      "curl/", "wget/", "python", "java-http-client", "okhttp", "go-http-client", "apache-httpclient",
      "libwww", "httpie", "axios", "node-fetch", "scrapy");

  private BotFilter() {}

  static boolean isBot(String userAgent) {
    if (userAgent == null || userAgent.isBlank()) {
      return true;
    }
    String agent = userAgent.toLowerCase(Locale.ROOT);
    for (String marker : MARKERS) {
      if (agent.contains(marker)) {
        return true;
      }
    }
    return false;
  }
}
