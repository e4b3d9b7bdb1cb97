package kiosque.web;

/**
 * The stylesheet, and the script of the body's click-to-load embeds, read once from the classpath
 * and served under a name carrying their content hash, so browsers and CDNs may keep them for a
 * year and still see every change.
 */
public final class Assets {

  private final ClasspathFile stylesheet = ClasspathFile.read("/public/site.css");
  private final ClasspathFile embeds = ClasspathFile.read("/public/embeds.js");

  public byte[] stylesheet() {
    return stylesheet.bytes().clone();
  }

  public String stylesheetFingerprint() {
    return stylesheet.fingerprint();
  }

  // rich text: the embeds' loader, loaded only by pages whose body holds an embed
  public byte[] embedsScript() {
    return embeds.bytes().clone();
  }

  public String embedsScriptFingerprint() {
    return embeds.fingerprint();
  }

  public String embedsScriptHref() {
    return "/assets/embeds." + embeds.fingerprint() + ".js";
  }
}
