package kiosque.cache;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kiosque.web.CacheKeys;
import kiosque.web.LentPage;

/**
 * What a cacheable handler produced: the body, its media type, what it depends on and, when the
 * handler knows it, when its content last changed (an article's update time, a feed's newest item).
 *
 * @param body the response's bytes, its first {@code length}
 * @param lent whether {@code body} is a page lent by the rendering thread ({@link #lent}), valid
 *     until that thread renders again: to be copied if kept
 * @param lastModified null when unknown: the time of rendering is used
 */
public record Rendered(byte[] body, int length, boolean lent, String contentType, CacheKeys keys,
    Instant lastModified) {

  public static final String HTML = "text/html; charset=utf-8";

  public Rendered {
    if (length < 0 || length > body.length) {
      throw new IllegalArgumentException("a body of " + body.length + " bytes has no first " + length);
    }
  }

  /** A response whose body is the whole array. */
  public Rendered(byte[] body, String contentType, CacheKeys keys, Instant lastModified) {
    this(body, body.length, false, contentType, keys, lastModified);
  }

  public static Rendered html(String page, CacheKeys keys, Instant lastModified) {
    return new Rendered(page.getBytes(StandardCharsets.UTF_8), HTML, keys, lastModified);
  }

  /**
   * A page left in its rendering thread's buffer ({@code Views.renderLent}): {@link PageCaching}
   * sends it before that thread renders again, and copies it only to keep it.
   */
  public static Rendered lent(LentPage page, CacheKeys keys, Instant lastModified) {
    return lent(page, HTML, keys, lastModified);
  }

  /** As {@link #lent(LentPage, CacheKeys, Instant)}, for a document of another type (a feed, a sitemap). */
  public static Rendered lent(LentPage page, String contentType, CacheKeys keys, Instant lastModified) {
    return new Rendered(page.buffer(), page.length(), true, contentType, keys, lastModified);
  }
}
