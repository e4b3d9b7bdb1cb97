package kiosque.feeds;

import java.util.List;

/**
 * An article's lead image as feeds and metadata need it: its full-size address and size, and
 * crops for structured data. The model has no image yet; the newsroom's media library will
 * provide them through {@link LeadImages}.
 *
 * @param crops absolute addresses of the 1x1, 4x3 and 16x9 crops, in that order (may be empty)
 */
public record LeadImage(String url, int width, int height, String mimeType, String alt, List<String> crops) {

  public LeadImage {
    crops = List.copyOf(crops);
  }

  /** Google Discover and large social cards want images at least 1200 px wide. */
  public boolean large() {
    return width >= 1200;
  }
}
