package kiosque.feeds;

import java.util.List;

/**
 * An article's lead image as feeds and metadata need it: its full-size address and size, and
 * crops for structured data. The model has no image yet; the newsroom's media library will
 * provide them through {@link LeadImages}.
 *
 * @param crops absolute addresses of the 1x1, 4x3 and 16x9 crops, in that order (may be empty)
 * @param credit the photographer or agency, shown under the image on the article page ("" if unknown)
 * @param sources the widths the page may pick from (its {@code srcset}), narrowest first (may be empty)
 */
public record LeadImage(String url, int width, int height, String mimeType, String alt, List<String> crops,
    String credit, List<Source> sources) {

  /** One rendition of the image: its address and width in pixels. */
  public record Source(String url, int width) {}

  public LeadImage {
    crops = List.copyOf(crops);
    sources = List.copyOf(sources);
  }

  /** An image known only by its address and size (no credit, no renditions). */
  public LeadImage(String url, int width, int height, String mimeType, String alt, List<String> crops) {
    this(url, width, height, mimeType, alt, crops, "", List.of());
  }

  /** Google Discover and large social cards want images at least 1200 px wide. */
  public boolean large() {
    return width >= 1200;
  }
}
