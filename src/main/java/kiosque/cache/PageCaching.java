package kiosque.cache;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import kiosque.web.CachePolicy;

/**
 * Wraps a reader handler: replays the response from {@link PageCache} when it holds one, renders
 * and stores it otherwise, and in both cases sends {@code ETag}, {@code Last-Modified},
 * {@code Cache-Control} (by {@link CachePolicy}), {@code Surrogate-Key} and {@code X-Cache}, and
 * answers a matching conditional request with 304 and no body.
 */
public final class PageCaching {

  /** Renders a response, or answers by itself (a redirect) and returns null: nothing is cached then. */
  @FunctionalInterface
  public interface Renderer {
    Rendered render(Context ctx) throws Exception;
  }

  private final PageCache cache;
  private final Clock clock;

  public PageCaching(PageCache cache, Clock clock) {
    this.cache = cache;
    this.clock = clock;
  }

  public Handler handler(CachePolicy policy, Renderer renderer) {
    return ctx -> serve(ctx, policy, renderer);
  }

  private void serve(Context ctx, CachePolicy policy, Renderer renderer) throws Exception {
    String address = address(ctx);
    CachedResponse cached = cache.get(address);
    if (cached != null) {
      send(ctx, cached, "hit", cache.cacheControl(cached));
      return;
    }
    long generation = cache.generation();
    Rendered rendered = renderer.render(ctx);
    if (rendered == null) {
      return;
    }
    Instant now = clock.instant();
    Instant lastModified = (rendered.lastModified() != null ? rendered.lastModified() : now)
        .truncatedTo(ChronoUnit.SECONDS);
    // Compressed once here when the cache may keep it, so hits send stored gzip bytes.
    boolean compress = cache.enabled() || Gzip.accepted(ctx.header("Accept-Encoding"));
    byte[] body = rendered.body();
    if (rendered.lent() && cache.enabled()) {
      // Kept past this response: the cache's own copy, at its exact size. With the cache off a lent
      // page is sent from its thread's buffer, before that thread renders again, and copied nowhere.
      body = Arrays.copyOf(body, rendered.length());
    }
    CachedResponse response = CachedResponse.of(body, rendered.length(), compress, rendered.contentType(),
        etag(body, rendered.length()), lastModified, policy, rendered.keys(), now);
    if (cache.enabled()) {
      cache.put(address, response, generation);
    }
    send(ctx, response, "miss", cache.cacheControl(response));
  }

  /** The path and the one parameter reader pages read; tracking parameters share the entry. */
  static String address(Context ctx) {
    String page = ctx.queryParam("page");
    return page == null ? ctx.path() : ctx.path() + "?page=" + page;
  }

  private static void send(Context ctx, CachedResponse response, String cacheStatus, String cacheControl)
      throws java.io.IOException {
    ctx.header("Cache-Control", cacheControl);
    ctx.header("ETag", response.etag());
    ctx.header("Last-Modified", response.lastModifiedHeader());
    if (response.surrogateHeader() != null) {
      ctx.header("Surrogate-Key", response.surrogateHeader());
    }
    ctx.header("X-Cache", cacheStatus);
    // The body differs by Accept-Encoding: a shared cache must not hand gzip bytes to others.
    ctx.header("Vary", "Accept-Encoding");
    if (notModified(ctx, response)) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.contentType(response.contentType());
    if (response.gzipped() != null && Gzip.accepted(ctx.header("Accept-Encoding"))) {
      // Javalin leaves a response alone once it has a Content-Encoding.
      writeOnce(ctx.header("Content-Encoding", "gzip"), response.gzipped());
    } else {
      writeOnce(ctx, response.body(), response.bodyLength());
    }
  }

  /**
   * The bytes go to the response in one write, not through {@code ctx.result(bytes)}, which copies
   * them after the handler through a buffer it allocates for each response (about 7 KB a page
   * sampled, issue 15). With their length announced, Jetty sends the headers and the whole body in
   * one write that completes the response; without it, a page larger than its aggregation buffer
   * went chunked, the last chunk in a second write: two {@code writev} a page where one does
   * (strace, issue 15). The servlet's own stream, not Javalin's compressing one: whatever is worth
   * compressing is compressed here already ({@link Gzip#MIN_BYTES} is Javalin's threshold), and
   * Javalin compressing after the length is set would send a wrong one. No handler runs after this
   * one (there are no after-handlers), and a client gone mid-write is Jetty's {@code EofException},
   * which Javalin logs at debug level as it does for its own write.
   */
  private static void writeOnce(Context ctx, byte[] body) throws java.io.IOException {
    writeOnce(ctx, body, body.length);
  }

  private static void writeOnce(Context ctx, byte[] body, int length) throws java.io.IOException {
    ctx.res().setContentLength(length);
    ctx.res().getOutputStream().write(body, 0, length);
  }

  static boolean notModified(Context ctx, CachedResponse response) {
    return notModified(ctx.header("If-None-Match"), ctx.header("If-Modified-Since"), response);
  }

  /** RFC 9110: If-None-Match wins when present (weak comparison); If-Modified-Since otherwise. */
  static boolean notModified(String noneMatch, String modifiedSince, CachedResponse response) {
    if (noneMatch != null) {
      return etagMatches(noneMatch, response.etag());
    }
    if (modifiedSince != null) {
      Instant since = HttpDates.parse(modifiedSince);
      return since != null && !response.lastModified().isAfter(since);
    }
    return false;
  }

  static boolean etagMatches(String header, String etag) {
    String opaque = stripWeak(etag);
    for (String candidate : header.split(",")) {
      String tag = candidate.strip();
      if (tag.equals("*") || stripWeak(tag).equals(opaque)) {
        return true;
      }
    }
    return false;
  }

  private static String stripWeak(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }

  /**
   * A weak validator of the body: Javalin may compress the bytes on the way out, and a strong
   * ETag would then name two different representations.
   *
   * <p>Two CRCs and the length, not a cryptographic digest (SHA-256 over every uncached page was
   * 2.6 % of the request threads' samples, issue 15; both CRCs are intrinsics). An ETag only has to
   * tell one version of a page from the next one at the same address, not resist a forger: a reader
   * whose copy wrongly matched would keep a stale page, nothing more, and the bodies are the
   * newsroom's own. For two bodies of the same length, both CRCs agree only when their difference,
   * as a polynomial over GF(2), is a multiple of both generators; CRC-32's and CRC-32C's are
   * coprime, so of their 64-degree product: no edit of up to 64 consecutive bits goes unseen, and
   * any other edit about once in 2^64. Same format as before: 24 hex digits.
   */
  static String etag(byte[] body) {
    return etag(body, body.length);
  }

  /** The ETag of the first {@code length} bytes of {@code body}. */
  static String etag(byte[] body, int length) {
    CRC32C castagnoli = new CRC32C();
    castagnoli.update(body, 0, length);
    CRC32 ieee = new CRC32();
    ieee.update(body, 0, length);
    return "W/\"" + hex8(castagnoli.getValue()) + hex8(ieee.getValue()) + hex8(length) + "\"";
  }

  private static String hex8(long value) {
    return HexFormat.of().toHexDigits((int) value);
  }

  /**
   * The Jetty handler that answers cache hits before Javalin (see {@link CachedHitsHandler}).
   *
   * @param everyResponseHeaders headers every response of the site carries
   */
  public org.eclipse.jetty.server.Handler.Wrapper hitsHandler(Map<String, String> everyResponseHeaders) {
    return new CachedHitsHandler(cache, everyResponseHeaders);
  }

  public PageCache cache() {
    return cache;
  }
}
