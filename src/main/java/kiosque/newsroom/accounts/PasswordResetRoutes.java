package kiosque.newsroom.accounts;

import io.javalin.http.Context;
import java.util.Arrays;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Guard;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;

/**
 * Password-reset links: an administrator issues one from the accounts page (shown once, to copy,
 * and e-mailed when SMTP is configured); anyone holding a valid link sets a new password on the
 * page it opens. HTTP only, rules in {@link PasswordResets}.
 */
public final class PasswordResetRoutes {

  private final PasswordResets resets;
  private final AccountService accounts;
  private final Guard guard;
  private final NewsroomPages pages;
  private final Views views;
  private final Urls urls;

  public PasswordResetRoutes(PasswordResets resets, AccountService accounts, Guard guard, NewsroomPages pages,
      Views views, Urls urls) {
    this.resets = resets;
    this.accounts = accounts;
    this.guard = guard;
    this.pages = pages;
    this.views = views;
    this.urls = urls;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls newsroom = pages.urls();
    table.form(newsroom.accountResetLink(NewsroomUrls.ID), Action.MANAGE_ACCOUNTS, this::issue);
    table.open("GET", newsroom.passwordReset(), this::form);
    table.open("POST", newsroom.passwordReset(), this::complete);
  }

  private void issue(Context ctx, Session session) {
    Actor actor = AccountRoutes.actor(ctx, session);
    PasswordResets.Issued issued = resets.issue(actor, Ids.pathId(ctx, "id"),
        token -> urls.absolute(pages.urls().passwordReset(token)));
    Messages msg = pages.messages();
    String status = msg.format("nr.reset.mail." + issued.mail().name().toLowerCase(), issued.account().email());
    AccountsPage page = new AccountsPage(pages.layout(session, msg.get("nr.accounts.title"), null),
        accounts.accounts(actor), Arrays.asList(Role.values()), null,
        new AccountsPage.IssuedLink(issued.account().email(), issued.link(), status,
            issued.mail() == PasswordResets.Mail.FAILED));
    // The link is a secret: this page is never stored and sends no referrer.
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.html(views.render("newsroom/accounts.jte", page));
  }

  private void form(Context ctx) {
    String token = ctx.queryParam("jeton");
    try {
      Account account = resets.check(token);
      render(ctx, account.email(), token, null, false, 200);
    } catch (PasswordResets.ResetRefusedException e) {
      render(ctx, null, null, refusal(e), false, status(e));
    }
  }

  private void complete(Context ctx) {
    String token = ctx.formParam("jeton");
    Messages msg = pages.messages();
    if (!guard.loginTokenMatches(ctx)) {
      render(ctx, null, token, msg.get("nr.login.expired"), false, 403);
      return;
    }
    try {
      resets.complete(token, chars(ctx.formParam("password")), chars(ctx.formParam("again")), ctx.ip());
      render(ctx, null, null, null, true, 200);
    } catch (PasswordResets.ResetRefusedException e) {
      render(ctx, null, null, refusal(e), false, status(e));
    } catch (PasswordResets.PasswordRefusedException e) {
      render(ctx, resets.check(token).email(), token, msg.format(e.messageKey(), Passwords.MIN_LENGTH), false, 400);
    }
  }

  private void render(Context ctx, String email, String token, String error, boolean done, int status) {
    Messages msg = pages.messages();
    ResetPage page = new ResetPage(pages.anonymous(msg.get("nr.reset.title")), guard.loginToken(ctx), email, token,
        error, done, Passwords.MIN_LENGTH);
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.status(status).html(views.render("newsroom/reset.jte", page));
  }

  private String refusal(PasswordResets.ResetRefusedException e) {
    return pages.messages().get("nr.reset.refused." + e.refusal().name().toLowerCase());
  }

  /**
   * A link used or expired is gone (410); one that never existed is a bad request (400), not a 404:
   * the site's "page not found" would replace the message saying what to do.
   */
  private static int status(PasswordResets.ResetRefusedException e) {
    return e.refusal() == PasswordResets.Refusal.UNKNOWN ? 400 : 410;
  }

  private static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }
}
