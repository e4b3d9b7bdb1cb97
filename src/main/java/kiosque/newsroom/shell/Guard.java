package kiosque.newsroom.shell;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import kiosque.errors.ForbiddenException;

/**
 * What every newsroom request passes before its handler: a live session (else to the login
 * page), the CSRF token on anything that changes state (else 403), and the role's right to the
 * route's action (else 403). Cookies are scoped to {@code /redaction}: the reader site stays
 * cookie-free.
 */
public final class Guard {

  static final String SESSION_COOKIE = "kiosque_session";
  static final String LOGIN_CSRF_COOKIE = "kiosque_login";
  public static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";

  private final SessionLookup sessions;
  private final Permissions permissions;
  private final NewsroomUrls urls;
  private final boolean secureCookies;

  public Guard(SessionLookup sessions, Permissions permissions, NewsroomUrls urls, boolean secureCookies) {
    this.sessions = sessions;
    this.permissions = permissions;
    this.urls = urls;
    this.secureCookies = secureCookies;
  }

  void page(Context ctx, Action action, NewsroomHandler handler) throws Exception {
    Optional<Session> session = session(ctx);
    if (session.isEmpty()) {
      toLogin(ctx, ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString()), HttpStatus.FOUND);
      return;
    }
    requireRole(session.get(), action);
    handler.handle(ctx, session.get());
  }

  void form(Context ctx, Action action, NewsroomHandler handler) throws Exception {
    Optional<Session> session = session(ctx);
    if (session.isEmpty()) {
      toLogin(ctx, urls.home(), HttpStatus.SEE_OTHER);
      return;
    }
    String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
    if (!sameSecret(sent, session.get().csrfToken())) {
      throw new ForbiddenException("missing or wrong CSRF token on " + ctx.path());
    }
    requireRole(session.get(), action);
    handler.handle(ctx, session.get());
  }

  private void requireRole(Session session, Action action) {
    if (!permissions.allowsSome(session.account().role(), action)) {
      throw new ForbiddenException(session.account().email() + " (" + session.account().role().code() + ") may not " + action);
    }
  }

  public Optional<Session> session(Context ctx) {
    return sessions.find(ctx.cookie(SESSION_COOKIE));
  }

  private void toLogin(Context ctx, String next, HttpStatus status) {
    ctx.redirect(urls.login(next), status);
  }

  public void setSessionCookie(Context ctx, String token) {
    ctx.cookie(cookie(SESSION_COOKIE, token, -1));
  }

  public void clearSessionCookie(Context ctx) {
    ctx.cookie(cookie(SESSION_COOKIE, "", 0));
  }

  /** The login form's CSRF secret, in a cookie and a hidden field (no session exists yet). */
  public String loginToken(Context ctx) {
    String existing = ctx.cookie(LOGIN_CSRF_COOKIE);
    if (existing != null && existing.length() == 43) {
      return existing;
    }
    String token = sessions.randomToken();
    ctx.cookie(cookie(LOGIN_CSRF_COOKIE, token, -1));
    return token;
  }

  public boolean loginTokenMatches(Context ctx) {
    return sameSecret(ctx.formParam(CSRF_FIELD), ctx.cookie(LOGIN_CSRF_COOKIE));
  }

  private Cookie cookie(String name, String value, int maxAge) {
    return new Cookie(name, value, urls.cookiePath(), maxAge, secureCookies, true, null, SameSite.LAX);
  }

  private static boolean sameSecret(String sent, String expected) {
    return sent != null && expected != null && MessageDigest.isEqual(
        sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Where to go after login: a path on this site ({@link RedirectTarget}), else the dashboard.
   * {@code //host}, {@code /\host} or a tab between two slashes would take the person to another site.
   */
  public String localTarget(String next) {
    return RedirectTarget.sameSite(next).orElse(urls.home());
  }
}
