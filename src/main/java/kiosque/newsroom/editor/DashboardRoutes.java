package kiosque.newsroom.editor;

import io.javalin.http.Context;
import java.util.List;
import kiosque.content.FrenchDates;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;
import kiosque.web.Views;

/**
 * The dashboard: my drafts, waiting for review, scheduled (with their times in the site's zone),
 * recently published, recently edited by others.
 */
public final class DashboardRoutes {

  private static final int PER_BLOCK = 10;

  private final DeskStore desk;
  private final ListItems lists;
  private final NewsroomPages pages;
  private final Views views;

  public DashboardRoutes(DeskStore desk, NewsroomPages pages, Views views, FrenchDates dates) {
    this.desk = desk;
    this.lists = new ListItems(pages.messages(), dates);
    this.pages = pages;
    this.views = views;
  }

  public void addTo(RouteTable table) {
    table.page(pages.urls().home(), Action.VIEW_NEWSROOM, this::dashboard);
  }

  private void dashboard(Context ctx, Session session) {
    Messages msg = pages.messages();
    long me = session.account().id();
    List<DashboardPage.Block> blocks = List.of(
        block("drafts", msg.get("nr.dashboard.drafts"), desk.drafts(me, PER_BLOCK)),
        block("review", msg.get("nr.dashboard.review"), desk.waitingForReview(PER_BLOCK)),
        block("scheduled", msg.get("nr.dashboard.scheduled"), desk.scheduled(PER_BLOCK)),
        block("published", msg.get("nr.dashboard.published"), desk.recentlyPublished(PER_BLOCK)),
        block("others", msg.get("nr.dashboard.others"), desk.editedByOthers(me, PER_BLOCK)));
    ctx.html(views.render("newsroom/dashboard.jte", new DashboardPage(
        pages.layout(session, msg.get("nr.nav.dashboard"), ctx.queryParam("note")), blocks)));
  }

  private DashboardPage.Block block(String id, String heading, List<DeskStore.Row> rows) {
    return new DashboardPage.Block(id, heading, rows.stream().map(lists::item).toList());
  }
}
