package kiosque.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

/** Compressing a response once, and reading whether a client takes gzip. */
final class Gzip {

  /** Below this, compressing gains less than the headers cost (Javalin's own threshold). */
  static final int MIN_BYTES = 1500;

  private Gzip() {}

  static byte[] compress(byte[] body) {
    return compress(body, body.length);
  }

  /** The first {@code length} bytes of {@code body}, compressed. */
  static byte[] compress(byte[] body, int length) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(length / 3 + 64);
    try (GZIPOutputStream gzip = new GZIPOutputStream(out, 8192)) {
      gzip.write(body, 0, length);
    } catch (IOException e) {
      throw new UncheckedIOException("Compressing in memory cannot fail", e);
    }
    return out.toByteArray();
  }

  /** RFC 9110 12.5.3: gzip (or *) is listed without {@code q=0}. */
  static boolean accepted(String acceptEncoding) {
    if (acceptEncoding == null || acceptEncoding.isEmpty()) {
      return false;
    }
    for (String part : acceptEncoding.split(",")) {
      String[] pieces = part.split(";");
      String coding = pieces[0].strip().toLowerCase(Locale.ROOT);
      if (coding.equals("gzip") || coding.equals("x-gzip") || coding.equals("*")) {
        return pieces.length < 2 || !isZero(pieces[1]);
      }
    }
    return false;
  }

  private static boolean isZero(String parameter) {
    String p = parameter.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    return p.matches("q=0(\\.0{0,3})?");
  }
}
