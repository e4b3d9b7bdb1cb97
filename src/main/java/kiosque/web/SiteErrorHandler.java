package kiosque.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's answer to a request it refuses before Javalin sees it (a malformed query or address, a
 * broken request line): the site's error page for a 4xx instead of Jetty's own, which names Jetty
 * and echoes the address. Anything else keeps Jetty's plain page.
 */
final class SiteErrorHandler extends ErrorHandler {

  private static final Logger log = LoggerFactory.getLogger(SiteErrorHandler.class);

  private final ErrorPages pages;
  private final Map<String, String> headers;

  SiteErrorHandler(ErrorPages pages, Map<String, String> headers) {
    this.pages = pages;
    this.headers = headers;
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    if (code < 400 || code >= 500) {
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    String path = Objects.requireNonNullElse(request.getHttpURI().getPath(), "/");
    log.info("Client error {} on {} {}: {}", code, request.getMethod(), path, message);
    byte[] html;
    try {
      html = pages.clientErrorHtml(code, path).getBytes(StandardCharsets.UTF_8);
    } catch (RuntimeException e) {
      log.warn("The error page for a {} could not be rendered; Jetty's answers instead", code, e);
      super.generateResponse(request, response, code, message, cause, callback);
      return;
    }
    headers.forEach(response.getHeaders()::put);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(html), callback);
  }
}
