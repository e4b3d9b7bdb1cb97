package kiosque.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The stylesheet, read once from the classpath and served under a name carrying its content
 * hash, so browsers and CDNs may keep it for a year and still see every change.
 */
public final class Assets {

  private final byte[] stylesheet;
  private final String fingerprint;

  public Assets() {
    this.stylesheet = read("/public/site.css");
    this.fingerprint = fingerprint(stylesheet);
  }

  public byte[] stylesheet() {
    return stylesheet.clone();
  }

  public String stylesheetFingerprint() {
    return fingerprint;
  }

  private static byte[] read(String resource) {
    try (InputStream in = Assets.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String fingerprint(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
