package kiosque.content;

import java.net.URI;
import java.net.URISyntaxException;

/** Old addresses as stored: a path starting with {@code /}, with its query string if it had one. */
public final class LegacyPaths {

  private LegacyPaths() {}

  /** Accepts a path or a full URL of the old site, keeps only path and query. */
  public static String normalize(String raw) {
    String value = raw.strip();
    if (value.isEmpty()) {
      throw new InvalidContentException("a legacy URL is empty");
    }
    try {
      URI uri = new URI(value.replace(" ", "%20"));
      if (uri.isOpaque()) {
        throw new InvalidContentException("legacy URL \"" + raw + "\" is not a web address");
      }
      String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
      if (!path.startsWith("/")) {
        path = "/" + path;
      }
      // The bare root is the home page: an article claiming it would answer for the whole old site.
      if (path.equals("/") && uri.getRawQuery() == null) {
        throw new InvalidContentException("legacy URL \"" + raw + "\" is the old site's home page, not an article");
      }
      return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
    } catch (URISyntaxException e) {
      throw new InvalidContentException("legacy URL \"" + raw + "\" is not a valid address: " + e.getReason());
    }
  }
}
