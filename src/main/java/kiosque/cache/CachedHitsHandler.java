package kiosque.cache;

import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * Answers GET requests whose response is in the {@link PageCache} straight from Jetty, before the
 * servlet layer and Javalin's routing, which cost more than the lookup itself (profiled: route
 * regular expressions, the servlet wrappers). Everything else, misses included, goes on to
 * Javalin, whose {@link PageCaching} renders and stores. Same headers, same bytes, same 304s as
 * a hit served through Javalin.
 */
final class CachedHitsHandler extends Handler.Wrapper {

  private static final HttpField VARY = new PreEncodedHttpField(HttpHeader.VARY, "Accept-Encoding");
  private static final HttpField HIT = new PreEncodedHttpField("X-Cache", "hit");
  private static final HttpField GZIP = new PreEncodedHttpField(HttpHeader.CONTENT_ENCODING, "gzip");

  private final PageCache cache;
  private final HttpField[] everyResponse;

  /** @param everyResponseHeaders what every response of the site carries (the security headers) */
  CachedHitsHandler(PageCache cache, Map<String, String> everyResponseHeaders) {
    this.cache = cache;
    this.everyResponse = everyResponseHeaders.entrySet().stream()
        .map(e -> new PreEncodedHttpField(e.getKey(), e.getValue())).toArray(HttpField[]::new);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    if (!"GET".equals(request.getMethod()) || !cache.enabled()) {
      return super.handle(request, response, callback);
    }
    CachedResponse cached = cache.get(address(request));
    if (cached == null) {
      return super.handle(request, response, callback);
    }
    HttpFields requestHeaders = request.getHeaders();
    HttpFields.Mutable headers = response.getHeaders();
    for (HttpField field : everyResponse) {
      headers.add(field);
    }
    headers.put(HttpHeader.CACHE_CONTROL, cache.cacheControl(cached));
    headers.put(HttpHeader.ETAG, cached.etag());
    headers.put(HttpHeader.LAST_MODIFIED, cached.lastModifiedHeader());
    if (cached.surrogateHeader() != null) {
      headers.put("Surrogate-Key", cached.surrogateHeader());
    }
    headers.add(HIT);
    headers.add(VARY);
    if (PageCaching.notModified(requestHeaders.get(HttpHeader.IF_NONE_MATCH),
        requestHeaders.get(HttpHeader.IF_MODIFIED_SINCE), cached)) {
      response.setStatus(HttpStatus.NOT_MODIFIED_304);
      response.write(true, null, callback);
      return true;
    }
    byte[] body = cached.body();
    int length = cached.bodyLength();
    if (cached.gzipped() != null && Gzip.accepted(requestHeaders.get(HttpHeader.ACCEPT_ENCODING))) {
      body = cached.gzipped();
      length = body.length;
      headers.add(GZIP);
    }
    response.setStatus(HttpStatus.OK_200);
    headers.put(HttpHeader.CONTENT_TYPE, cached.wireContentType());
    headers.put(HttpHeader.CONTENT_LENGTH, length);
    response.write(true, ByteBuffer.wrap(body, 0, length), callback);
    return true;
  }

  /** The same address {@link PageCaching#address} gives Javalin's view of this request. */
  private static String address(Request request) {
    String path = request.getHttpURI().getPath();
    if (request.getHttpURI().getQuery() == null) {
      return path;
    }
    Fields.Field page = Request.extractQueryParameters(request).get("page");
    return page == null ? path : path + "?page=" + page.getValue();
  }
}
