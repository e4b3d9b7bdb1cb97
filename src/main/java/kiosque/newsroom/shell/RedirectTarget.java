package kiosque.newsroom.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Optional;

/**
 * Where a redirect may send someone back to ({@code ?suite=} after login): a path on this site and
 * nothing else. Browsers forgive a lot: they drop tabs and newlines anywhere in an address, read
 * {@code \} as {@code /}, and take {@code //host}, {@code /\host} or {@code https:host} as another
 * site. So whitespace and control characters are removed first, what is left must parse as a URI
 * with neither scheme nor host, and its path, decoded as a server or browser might decode it, must
 * not start like an address of another site.
 */
final class RedirectTarget {

  private static final int LONGEST = 2000;
  /** Enough to undo {@code %25252F}-style layering; more is an attack, refused. */
  private static final int DECODINGS = 3;

  private RedirectTarget() {}

  /** The target, cleaned, if it stays on this site. */
  static Optional<String> sameSite(String raw) {
    if (raw == null || raw.length() > LONGEST) {
      return Optional.empty();
    }
    String cleaned = withoutInvisibles(raw);
    // Fullwidth slashes and the like fold to the real ones under NFKC, as some parsers fold them.
    if (!isLocalPath(cleaned) || !isLocalPath(Normalizer.normalize(cleaned, Normalizer.Form.NFKC))) {
      return Optional.empty();
    }
    URI uri;
    try {
      uri = new URI(cleaned);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    if (uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawPath() == null
        || !isLocalPath(uri.getRawPath())) {
      return Optional.empty();
    }
    String path = uri.getRawPath();
    for (int i = 0; i < DECODINGS && path.indexOf('%') >= 0; i++) {
      try {
        path = withoutInvisibles(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
      if (!isLocalPath(path)) {
        return Optional.empty();
      }
    }
    return path.indexOf('%') >= 0 ? Optional.empty() : Optional.of(cleaned);
  }

  /** Starts with one slash, not two, and holds no backslash (which browsers read as a slash). */
  private static boolean isLocalPath(String value) {
    return value.startsWith("/") && !value.startsWith("//") && value.indexOf('\\') < 0;
  }

  /** Drops what a browser ignores or a person cannot see: spaces, tabs, newlines, controls, zero-width marks. */
  private static String withoutInvisibles(String value) {
    StringBuilder kept = new StringBuilder(value.length());
    value.codePoints().filter(c -> !invisible(c)).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  private static boolean invisible(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)
        || type == Character.FORMAT || type == Character.CONTROL;
  }
}
