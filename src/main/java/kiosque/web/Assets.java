package kiosque.web;

/**
 * The stylesheet, read once from the classpath and served under a name carrying its content
 * hash, so browsers and CDNs may keep it for a year and still see every change.
 */
public final class Assets {

  private final ClasspathFile stylesheet = ClasspathFile.read("/public/site.css");

  public byte[] stylesheet() {
    return stylesheet.bytes().clone();
  }

  public String stylesheetFingerprint() {
    return stylesheet.fingerprint();
  }
}
