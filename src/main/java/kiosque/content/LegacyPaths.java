package kiosque.content;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Old addresses as stored: a path starting with {@code /}, with its query string if it had one,
 * percent-escapes in upper case ({@code %C3%A9}): WordPress writes them in lower case, browsers
 * send them in upper case, and both mean the same address.
 */
public final class LegacyPaths {

  private static final Pattern ESCAPE = Pattern.compile("%[0-9a-fA-F]{2}");

  private LegacyPaths() {}

  /** The address as looked up: percent-escapes in upper case, the rest as it came. */
  public static String canonicalEscapes(String pathAndQuery) {
    if (pathAndQuery.indexOf('%') < 0) {
      return pathAndQuery;
    }
    return ESCAPE.matcher(pathAndQuery).replaceAll(m -> m.group().toUpperCase(Locale.ROOT));
  }

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
      return canonicalEscapes(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    } catch (URISyntaxException e) {
      throw new InvalidContentException("legacy URL \"" + raw + "\" is not a valid address: " + e.getReason());
    }
  }
}
