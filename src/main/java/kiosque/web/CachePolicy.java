package kiosque.web;

import io.javalin.http.Context;

/**
 * Every {@code Cache-Control} the site sends, by name, in one place. Reader pages and feeds are
 * short-lived for browsers and CDNs but may be served stale while a fresh copy is fetched (a
 * publication shows within a minute; an origin hiccup shows nothing); fingerprinted assets never
 * change under their name; the newsroom is never stored anywhere.
 */
public enum CachePolicy {
  /** Home, article, section, topic, author and archive pages, the publisher page. */
  PAGE("public, max-age=60, stale-while-revalidate=600, stale-if-error=86400"),
  /** RSS and Atom feeds, sitemaps, robots.txt: polled by machines, a few minutes are fine. */
  FEED("public, max-age=300, stale-while-revalidate=3600, stale-if-error=86400"),
  /** Files whose name carries their content hash. */
  ASSET("public, max-age=31536000, immutable"),
  /** Anything behind the newsroom login: personal, never kept by a browser or a proxy. */
  PRIVATE("private, no-store");

  /** Where the newsroom lives; everything under it is {@link #PRIVATE}. */
  static final String NEWSROOM_PREFIX = Urls.NEWSROOM_ROOT;

  private final String header;

  CachePolicy(String header) {
    this.header = header;
  }

  public String header() {
    return header;
  }

  /**
   * The header for a response that must not be kept past {@code left} (the site's midnight: listings
   * print today's articles with their hour): a reader page's lifetimes cut to it in the last minutes
   * of the day; every other policy, and a page earlier in the day, as named.
   */
  public String headerUntil(java.time.Duration left) {
    long seconds = Math.max(0, left.toSeconds());
    if (this != PAGE || seconds >= PAGE_MAX_AGE + PAGE_STALE) {
      return header;
    }
    long maxAge = Math.min(PAGE_MAX_AGE, seconds);
    return "public, max-age=" + maxAge + ", stale-while-revalidate=" + (seconds - maxAge) + ", stale-if-error=86400";
  }

  private static final long PAGE_MAX_AGE = 60;
  private static final long PAGE_STALE = 600;

  public void applyTo(Context ctx) {
    ctx.header("Cache-Control", header);
  }

  /** Runs before every request: the newsroom is private whatever its handlers forget to say. */
  static void beforeEveryRequest(Context ctx) {
    String path = ctx.path();
    if (path.equals(NEWSROOM_PREFIX) || path.startsWith(NEWSROOM_PREFIX + "/")) {
      PRIVATE.applyTo(ctx);
    }
  }
}
