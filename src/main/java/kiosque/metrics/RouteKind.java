package kiosque.metrics;

import java.util.regex.Pattern;
import kiosque.web.Urls;

/**
 * The kind of page an address is, as a label of request metrics: a handful of values, never the
 * address itself (one series per article would swamp Prometheus).
 */
enum RouteKind {
  HOME, ARTICLE, LISTING, ARCHIVE, FEED, SITEMAP, SEARCH, MEDIA, ASSET, NEWSROOM, METRICS, OTHER;

  private static final Pattern ARTICLE_PATH = Pattern.compile("^/\\d{4}/\\d{2}/\\d{2}/[^/]+$");
  private static final Pattern ARCHIVE_PATH = Pattern.compile("^/\\d{4}(/\\d{2})?/?$");

  static RouteKind of(String path) {
    if (path == null || path.isEmpty() || path.equals("/")) {
      return HOME;
    }
    if (path.startsWith(Urls.NEWSROOM_ROOT)) {
      return NEWSROOM;
    }
    if (path.startsWith("/media/")) {
      return MEDIA;
    }
    if (path.startsWith("/assets/")) {
      return ASSET;
    }
    if (path.equals("/metrics")) {
      return METRICS;
    }
    if (path.startsWith("/recherche")) {
      return SEARCH;
    }
    if (path.startsWith("/sitemap") || path.equals("/robots.txt")) {
      return SITEMAP;
    }
    if (path.endsWith("/rss.xml") || path.endsWith("/atom.xml")) {
      return FEED;
    }
    if (path.startsWith("/rubrique/") || path.startsWith("/sujet/") || path.startsWith("/auteur/")) {
      return LISTING;
    }
    if (ARTICLE_PATH.matcher(path).matches()) {
      return ARTICLE;
    }
    if (ARCHIVE_PATH.matcher(path).matches()) {
      return ARCHIVE;
    }
    return OTHER;
  }

  String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
