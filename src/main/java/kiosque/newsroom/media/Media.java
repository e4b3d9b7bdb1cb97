package kiosque.newsroom.media;

import java.time.Instant;

/** An uploaded image: what it shows (alt text), whom to credit, its size. */
public record Media(long id, Instant createdAt, String originalName, String contentType, int width, int height,
    long sizeBytes, String altText, String credit) {

  /** The address of a rendition, e.g. {@code /media/12/w640.jpg}. */
  public String href(int width) {
    return "/media/" + id + "/w" + width + ".jpg";
  }

  public String label() {
    return altText + " — " + credit + " (#" + id + ")";
  }
}
