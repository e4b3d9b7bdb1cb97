package kiosque.newsroom.accounts;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import kiosque.content.FrenchDates;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Guard;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;
import kiosque.web.Views;

/** Login, logout, the accounts page and the audit log: HTTP only, rules in {@link AccountService}. */
public final class AccountRoutes {

  private static final int AUDIT_PAGE = 100;

  private final AccountService accounts;
  private final AuditLog audit;
  private final Guard guard;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;

  public AccountRoutes(AccountService accounts, AuditLog audit, Guard guard, NewsroomPages pages, Views views,
      FrenchDates dates) {
    this.accounts = accounts;
    this.audit = audit;
    this.guard = guard;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls urls = pages.urls();
    table.open("GET", urls.login(), this::loginForm);
    table.open("POST", urls.login(), this::login);
    table.form(urls.logout(), Action.VIEW_NEWSROOM, this::logout);
    table.form(urls.logoutEverywhere(), Action.VIEW_NEWSROOM, this::logoutEverywhere);
    table.page(urls.accounts(), Action.MANAGE_ACCOUNTS, (ctx, s) -> accountsPage(ctx, s, null));
    table.form(urls.accounts(), Action.MANAGE_ACCOUNTS, this::create);
    table.form(urls.accountPassword(NewsroomUrls.ID), Action.MANAGE_ACCOUNTS, this::resetPassword);
    table.form(urls.accountDisable(NewsroomUrls.ID), Action.MANAGE_ACCOUNTS, (ctx, s) -> disable(ctx, s, true));
    table.form(urls.accountEnable(NewsroomUrls.ID), Action.MANAGE_ACCOUNTS, (ctx, s) -> disable(ctx, s, false));
    table.form(urls.accountRole(NewsroomUrls.ID), Action.MANAGE_ACCOUNTS, this::changeRole);
    table.page(urls.auditLog(), Action.VIEW_AUDIT_LOG, this::auditPage);
  }

  /** Shown even to someone signed in: logging in as another account replaces the session. */
  private void loginForm(Context ctx) {
    renderLogin(ctx, "", ctx.queryParam("suite"), null, 200);
  }

  private void renderLogin(Context ctx, String email, String next, String error, int status) {
    Messages msg = pages.messages();
    LoginPage page = new LoginPage(pages.anonymous(msg.get("nr.login.title")), guard.loginToken(ctx), email,
        guard.localTarget(next), error);
    ctx.status(status).html(views.render("newsroom/login.jte", page));
  }

  private void login(Context ctx) {
    String email = ctx.formParam("email");
    String next = ctx.formParam("suite");
    if (!guard.loginTokenMatches(ctx)) {
      renderLogin(ctx, email, next, pages.messages().get("nr.login.expired"), 403);
      return;
    }
    LoginResult result = accounts.login(email, ctx.formParam("password"), ctx.ip());
    if (!result.succeeded()) {
      String key = result.refusal() == LoginResult.Refusal.THROTTLED ? "nr.login.throttled" : "nr.login.failed";
      renderLogin(ctx, email, next, pages.messages().get(key),
          result.refusal() == LoginResult.Refusal.THROTTLED ? 429 : 401);
      return;
    }
    // A new id at every login: a session id planted before login is worth nothing after it.
    guard.session(ctx).ifPresent(old -> accounts.logout(old, ctx.ip()));
    guard.setSessionCookie(ctx, result.session().token());
    ctx.redirect(guard.localTarget(next), HttpStatus.SEE_OTHER);
  }

  private void logout(Context ctx, Session session) {
    accounts.logout(session, ctx.ip());
    guard.clearSessionCookie(ctx);
    ctx.redirect(pages.urls().login(), HttpStatus.SEE_OTHER);
  }

  private void logoutEverywhere(Context ctx, Session session) {
    accounts.logoutEverywhere(actor(ctx, session));
    guard.clearSessionCookie(ctx);
    ctx.redirect(pages.urls().login(), HttpStatus.SEE_OTHER);
  }

  private void accountsPage(Context ctx, Session session, String error) {
    AccountsPage page = new AccountsPage(pages.layout(session, pages.messages().get("nr.accounts.title"),
        ctx.queryParam("note")), accounts.accounts(actor(ctx, session)), Arrays.asList(Role.values()), error);
    ctx.status(error == null ? 200 : 400).html(views.render("newsroom/accounts.jte", page));
  }

  private void create(Context ctx, Session session) {
    try {
      accounts.create(actor(ctx, session), ctx.formParam("email"), ctx.formParam("name"),
          Role.fromCode(String.valueOf(ctx.formParam("role"))), chars(ctx.formParam("password")));
      ctx.redirect(noted("account-created"), HttpStatus.SEE_OTHER);
    } catch (AccountException | IllegalArgumentException e) {
      accountsPage(ctx, session, refusal(e));
    }
  }

  private void resetPassword(Context ctx, Session session) {
    try {
      accounts.resetPassword(actor(ctx, session), id(ctx), chars(ctx.formParam("password")));
      ctx.redirect(noted("password-reset"), HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      accountsPage(ctx, session, refusal(e));
    }
  }

  private void disable(Context ctx, Session session, boolean disabled) {
    try {
      accounts.setDisabled(actor(ctx, session), id(ctx), disabled);
      ctx.redirect(noted(disabled ? "account-disabled" : "account-enabled"), HttpStatus.SEE_OTHER);
    } catch (AccountException e) {
      accountsPage(ctx, session, refusal(e));
    }
  }

  private void changeRole(Context ctx, Session session) {
    try {
      accounts.changeRole(actor(ctx, session), id(ctx), Role.fromCode(String.valueOf(ctx.formParam("role"))));
      ctx.redirect(noted("role-changed"), HttpStatus.SEE_OTHER);
    } catch (AccountException | IllegalArgumentException e) {
      accountsPage(ctx, session, refusal(e));
    }
  }

  /** Why an account change was refused, in the newsroom's language; a forged role is the other case. */
  private String refusal(RuntimeException e) {
    if (e instanceof AccountException refused) {
      return pages.messages().format(refused.messageKey(), refused.detail());
    }
    return pages.messages().get("account.refused.UNKNOWN_ROLE");
  }

  private void auditPage(Context ctx, Session session) {
    int offset = Ids.nonNegative(ctx.queryParam("depuis"));
    String who = ctx.queryParam("qui");
    Long accountId = who != null && who.matches("\\d{1,18}") ? Long.valueOf(who) : null;
    String asked = ctx.queryParam("action");
    String action = asked != null && AuditSentences.CODES.contains(asked) ? asked : null;
    Messages msg = pages.messages();
    AuditSentences sentences = new AuditSentences(msg, dates);
    List<AuditPage.Line> lines = audit.latest(AUDIT_PAGE, offset, accountId, action).stream()
        .map(e -> {
          AuditSentences.Sentence sentence = sentences.of(e.actorName(), e.action(), e.target());
          return new AuditPage.Line(msg.format("nr.audit.at", dates.day(e.at()), dates.time(e.at())), dates.iso(e.at()),
              e.actorName(), sentence.text(), sentence.articleId() == null ? null : pages.urls().article(sentence.articleId()),
              e.action(), e.address());
        })
        .toList();
    String older = lines.size() == AUDIT_PAGE ? pages.urls().auditLog(offset + AUDIT_PAGE, accountId, action) : null;
    List<AuditPage.Option> people = accounts.accounts(actor(ctx, session)).stream()
        .map(a -> new AuditPage.Option(String.valueOf(a.id()), a.displayName() + " (" + a.email() + ")",
            accountId != null && a.id() == accountId))
        .toList();
    List<AuditPage.Option> actions = AuditSentences.CODES.stream()
        .map(code -> new AuditPage.Option(code, msg.get("nr.audit.label." + code), code.equals(action)))
        .toList();
    ctx.html(views.render("newsroom/audit.jte", new AuditPage(pages.layout(session, msg.get("nr.audit.title"), null),
        lines, older, people, actions, accountId != null || action != null)));
  }

  private String noted(String note) {
    return pages.urls().noted(pages.urls().accounts(), note);
  }

  static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }

  private static long id(Context ctx) {
    return Ids.pathId(ctx, "id");
  }

  private static char[] chars(String value) {
    return value == null ? new char[0] : value.toCharArray();
  }
}
