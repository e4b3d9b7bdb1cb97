package kiosque.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file shipped in the jar (a stylesheet, a script), read once, with a fingerprint of its bytes:
 * served under a name carrying it, it can be cached for a year and still change with every release.
 */
public record ClasspathFile(byte[] bytes, String fingerprint) {

  /** Reads {@code resource} (from the jar's root, {@code /public/site.css}); a missing one is a build error. */
  public static ClasspathFile read(String resource) {
    try (InputStream in = ClasspathFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      byte[] bytes = in.readAllBytes();
      return new ClasspathFile(bytes, fingerprint(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code name.css} becomes {@code name.1a2b3c4d5e6f.css}. */
  public String fingerprinted(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name + "." + fingerprint : name.substring(0, dot) + "." + fingerprint + name.substring(dot);
  }

  private static String fingerprint(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
