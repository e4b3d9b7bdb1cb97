package kiosque.newsroom.media;

import java.time.Instant;

/**
 * An uploaded image: what it shows (alt text, caption), whom to credit, its size, and the point its
 * crops keep in view (fractions of the width and height).
 *
 * @param cropVersion part of the crops' addresses: it changes with the focal point, so a crop's
 *     bytes never change under its address
 * @param accountId who uploaded it (null for an import)
 */
public record Media(long id, Instant createdAt, String originalName, String contentType, int width, int height,
    long sizeBytes, String altText, String credit, String caption, double focalX, double focalY, int cropVersion,
    Long accountId) {

  /** The address of a rendition, e.g. {@code /media/12/w640.jpg}. */
  public String href(int width) {
    return href(id, width);
  }

  /** The address of a rendition of image {@code id}, when only its id is at hand (a lead image read with its article). */
  static String href(long id, int width) {
    return "/media/" + id + "/w" + width + ".jpg";
  }

  /** The address of a crop around the focal point, e.g. {@code /media/12/c3-16x9.jpg}. */
  public String cropHref(Crop crop) {
    return cropHref(id, crop, cropVersion);
  }

  static String cropHref(long id, Crop crop, int cropVersion) {
    return "/media/" + id + "/" + crop.fileName(cropVersion);
  }

  public String label() {
    return altText + " — " + credit + " (#" + id + ")";
  }

  /** An image whose alternative text is blank: the library flags it until someone writes one. */
  public boolean missingAlt() {
    return altText == null || altText.isBlank();
  }
}
