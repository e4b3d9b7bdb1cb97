package kiosque.web;

import io.javalin.http.Context;

/** Headers every response carries: no sniffing, no framing by others, a strict content policy. */
final class SecurityHeaders {

  private static final String CONTENT_POLICY = String.join("; ",
      "default-src 'self'",
      "img-src 'self' https: data:",
      "style-src 'self'",
      "script-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'self'");

  private SecurityHeaders() {}

  static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "strict-origin-when-cross-origin");
    ctx.header("X-Frame-Options", "SAMEORIGIN");
    ctx.header("Content-Security-Policy", CONTENT_POLICY);
  }
}
