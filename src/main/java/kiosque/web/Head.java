package kiosque.web;

import gg.jte.Content;
import java.util.List;

/**
 * What a page adds to its {@code <head>} beyond title and description: feed alternates, OpenGraph
 * and Twitter meta tags, and JSON-LD documents (written with {@code <} escaped, so that they can be
 * printed raw inside a script element; an article's are written into the page as it renders).
 */
public record Head(List<Alternate> alternates, List<MetaTag> meta, List<Content> jsonLd) {

  public static final Head NONE = new Head(List.of(), List.of(), List.of());

  public Head {
    alternates = List.copyOf(alternates);
    meta = List.copyOf(meta);
    jsonLd = List.copyOf(jsonLd);
  }

  /** A {@code <link rel="alternate">}: a feed of the page, with its media type. */
  public record Alternate(String type, String title, String href) {}

  /**
   * A {@code <meta>}: OpenGraph uses {@code property}, Twitter cards use {@code name}.
   *
   * @param property true for {@code property="..."}, false for {@code name="..."}
   */
  public record MetaTag(boolean property, String key, String content) {

    public static MetaTag property(String key, String content) {
      return new MetaTag(true, key, content);
    }

    public static MetaTag name(String key, String content) {
      return new MetaTag(false, key, content);
    }
  }
}
