package kiosque.newsroom;

import kiosque.newsroom.accounts.Action;
import kiosque.web.Views;

/** The dashboard: what is waiting for the person who signs in. */
final class DashboardRoutes {

  private final NewsroomPages pages;
  private final Views views;

  DashboardRoutes(NewsroomPages pages, Views views) {
    this.pages = pages;
    this.views = views;
  }

  void addTo(RouteTable table) {
    table.page("/redaction", Action.VIEW_NEWSROOM, (ctx, session) -> ctx.html(views.render("newsroom/dashboard.jte",
        new DashboardPage(pages.layout(session, pages.messages().get("nr.nav.dashboard"), ctx.queryParam("note"))))));
  }
}
