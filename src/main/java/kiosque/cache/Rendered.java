package kiosque.cache;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import kiosque.web.CacheKeys;

/**
 * What a cacheable handler produced: the body, its media type, what it depends on and, when the
 * handler knows it, when its content last changed (an article's update time, a feed's newest item).
 *
 * @param lastModified null when unknown: the time of rendering is used
 */
public record Rendered(byte[] body, String contentType, CacheKeys keys, Instant lastModified) {

  public static final String HTML = "text/html; charset=utf-8";

  public static Rendered html(String page, CacheKeys keys, Instant lastModified) {
    return new Rendered(page.getBytes(StandardCharsets.UTF_8), HTML, keys, lastModified);
  }

  /** A page already rendered to UTF-8 bytes ({@code Views.renderBytes}). */
  public static Rendered html(byte[] page, CacheKeys keys, Instant lastModified) {
    return new Rendered(page, HTML, keys, lastModified);
  }
}
