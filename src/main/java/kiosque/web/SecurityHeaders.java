package kiosque.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.content.body.EmbedProvider;

/**
 * Headers every response carries: no sniffing, no framing by others, a strict content policy; and
 * on a site whose public address is https, HSTS, so that a browser never again tries it over
 * plain http (decided from the configured address, since TLS usually ends at a proxy before us).
 */
final class SecurityHeaders {

  private static final String CONTENT_POLICY = String.join("; ",
      "default-src 'self'",
      "img-src 'self' https: data:",
      "style-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      // An article's embeds load their provider's frame when a reader asks, from these hosts only.
      "frame-src " + String.join(" ", EmbedProvider.frameOrigins()),
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'");

  /** A year, the least the browsers' preload lists accept; subdomains too (media, a CDN name). */
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private SecurityHeaders() {}

  /** In a fixed order; also sent by whatever answers before Javalin (cached pages, Jetty's refusals). */
  static Map<String, String> forSite(URI siteUrl) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("X-Content-Type-Options", "nosniff");
    values.put("Referrer-Policy", "strict-origin-when-cross-origin");
    values.put("X-Frame-Options", "SAMEORIGIN");
    values.put("Content-Security-Policy", CONTENT_POLICY);
    if (siteUrl != null && "https".equalsIgnoreCase(siteUrl.getScheme())) {
      values.put("Strict-Transport-Security", HSTS);
    }
    return Collections.unmodifiableMap(values);
  }
}
