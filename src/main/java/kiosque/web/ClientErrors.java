package kiosque.web;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.io.EofException;

/**
 * Which failures are the client's, not the site's: a body cut short of its length or a broken chunked
 * encoding (Jetty's {@link EofException}), a request Jetty found malformed (its {@link HttpException}
 * with a 4xx code: bad multipart, bad query), a limit passed (Javalin's 413). Strangers send these
 * all day: they get a 4xx page and one line at INFO, never an incident with a stack trace.
 */
final class ClientErrors {

  /** A {@code %} not followed by two hexadecimal digits: the form's author did not encode it. */
  private static final Pattern BAD_ESCAPE = Pattern.compile("%(?![0-9A-Fa-f]{2})");

  private ClientErrors() {}

  /** The 4xx status the failure deserves, or empty when it is the site's own (a 500). */
  static OptionalInt statusOf(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof HttpResponseException e && isClientError(e.getStatus())) {
        return OptionalInt.of(e.getStatus());
      }
      if (t instanceof HttpException e && isClientError(e.getCode())) {
        return OptionalInt.of(e.getCode());
      }
      if (t instanceof EofException) {
        return OptionalInt.of(400);
      }
    }
    return OptionalInt.empty();
  }

  private static boolean isClientError(int status) {
    return status >= 400 && status < 500;
  }

  /**
   * Runs before every route: refuses a body declared larger than the route may read (before any
   * of it is read), and a form whose percent-escapes are broken, which Javalin would otherwise drop
   * silently as a missing field (a login "without its token" instead of a malformed request).
   *
   * @param maxBody       what Javalin reads of a body (forms, JSON)
   * @param maxMultipart  what an upload may weigh in all
   */
  static void checkBody(Context ctx, long maxBody, long maxMultipart) {
    long declared = ctx.req().getContentLengthLong();
    String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
    long limit = type.startsWith("multipart/") ? maxMultipart : maxBody;
    if (declared > limit) {
      throw new HttpResponseException(HttpStatus.CONTENT_TOO_LARGE.getCode(),
          "declared body of " + declared + " bytes, at most " + limit);
    }
    if (type.startsWith("application/x-www-form-urlencoded") && BAD_ESCAPE.matcher(ctx.body()).find()) {
      throw new HttpResponseException(HttpStatus.BAD_REQUEST.getCode(), "form with a broken percent-escape");
    }
  }
}
