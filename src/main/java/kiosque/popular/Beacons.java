package kiosque.popular;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.http.PreEncodedHttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The view beacon, answered straight from Jetty before the page cache and Javalin: {@code /v/ID}
 * counts one view and answers 204, whatever the method, the body (never read) or the id (a
 * forged one is dropped when counts are written); never cached by a browser or a CDN, so views of
 * cached pages count. {@code /v.js} is the few lines an article page loads to send it (the
 * site's content policy allows no inline script); without JavaScript a {@code noscript} image
 * requests the same address.
 */
public final class Beacons extends Handler.Wrapper {

  static final String PREFIX = MostRead.BEACON_PREFIX;
  static final String SCRIPT_PATH = "/v.js";
  /** Longer than any article id: anything past it is not one. */
  private static final int MAX_ID_DIGITS = 18;

  // Sends the view once per page load; a page restored from the back-forward cache runs no script again.
  private static final byte[] SCRIPT = """
      (function (s) {
        var p = s && s.getAttribute('data-beacon');
        if (p && navigator.sendBeacon) { navigator.sendBeacon(p); }
      })(document.currentScript);
      """.getBytes(StandardCharsets.UTF_8);

  private static final HttpField NO_STORE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL, "no-store");
  private static final HttpField SCRIPT_CACHE = new PreEncodedHttpField(HttpHeader.CACHE_CONTROL,
      "public, max-age=86400");
  private static final HttpField SCRIPT_TYPE = new PreEncodedHttpField(HttpHeader.CONTENT_TYPE,
      "text/javascript; charset=utf-8");

  private final MostRead mostRead;
  private final HttpField[] everyResponse;

  private Beacons(MostRead mostRead, Map<String, String> everyResponseHeaders, Handler.Wrapper inner) {
    this.mostRead = mostRead;
    this.everyResponse = everyResponseHeaders.entrySet().stream()
        .map(e -> new PreEncodedHttpField(e.getKey(), e.getValue())).toArray(HttpField[]::new);
    setHandler(inner);
  }

  /** Puts the beacon in front of the handlers {@code front} builds; nothing when counting is off (null). */
  public static Function<Map<String, String>, Handler.Wrapper> inFrontOf(MostRead mostRead,
      Function<Map<String, String>, Handler.Wrapper> front) {
    if (mostRead == null) {
      return front;
    }
    return headers -> new Beacons(mostRead, headers, front.apply(headers));
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    String path = request.getHttpURI().getPath();
    if (path == null || path.length() < 3 || path.charAt(1) != 'v') {
      return super.handle(request, response, callback);
    }
    if (path.startsWith(PREFIX)) {
      long id = id(path);
      if (id > 0) {
        mostRead.count(id, Request.getRemoteAddr(request), request.getHeaders().get(HttpHeader.USER_AGENT));
      }
      answer(response, HttpStatus.NO_CONTENT_204, NO_STORE, null, callback);
      return true;
    }
    if (path.equals(SCRIPT_PATH)) {
      answer(response, HttpStatus.OK_200, SCRIPT_CACHE, SCRIPT, callback);
      return true;
    }
    return super.handle(request, response, callback);
  }

  private void answer(Response response, int status, HttpField cacheControl, byte[] body, Callback callback) {
    var headers = response.getHeaders();
    for (HttpField field : everyResponse) {
      headers.add(field);
    }
    headers.add(cacheControl);
    response.setStatus(status);
    if (body == null) {
      response.write(true, null, callback);
    } else {
      headers.add(SCRIPT_TYPE);
      headers.put(HttpHeader.CONTENT_LENGTH, body.length);
      response.write(true, ByteBuffer.wrap(body), callback);
    }
  }

  /** The article id after the prefix, or -1 when it is not a plain decimal number. */
  static long id(String path) {
    int length = path.length() - PREFIX.length();
    if (length < 1 || length > MAX_ID_DIGITS) {
      return -1;
    }
    long id = 0;
    for (int i = PREFIX.length(); i < path.length(); i++) {
      char c = path.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      id = id * 10 + (c - '0');
    }
    return id;
  }
}
