package kiosque.newsroom;

import kiosque.config.Settings;
import kiosque.content.FrenchDates;
import kiosque.newsroom.accounts.AccountService;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.accounts.Permissions;
import kiosque.newsroom.accounts.Sessions;
import kiosque.web.Messages;
import kiosque.web.Views;

/** What {@link kiosque.Wiring} hands the newsroom's web layer: settings, services, views. */
public record NewsroomParts(Settings settings, Messages messages, Views views, FrenchDates dates,
    Permissions permissions, Sessions sessions, AccountService accounts, AuditLog audit) {

  /** Builds the newsroom's routes. */
  public NewsroomRoutes routes() {
    StaticFiles files = new StaticFiles("newsroom.css", "editor.js");
    Guard guard = new Guard(sessions, permissions, settings.secureCookies());
    NewsroomPages pages = new NewsroomPages(settings.siteName(), messages, permissions, files);
    AccountRoutes accountRoutes = new AccountRoutes(accounts, audit, guard, pages, views, dates);
    DashboardRoutes dashboard = new DashboardRoutes(pages, views);
    return new NewsroomRoutes(files, guard, java.util.List.of(accountRoutes::addTo, dashboard::addTo));
  }
}
