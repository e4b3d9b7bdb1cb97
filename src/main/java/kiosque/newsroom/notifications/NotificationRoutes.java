package kiosque.newsroom.notifications;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kiosque.content.FrenchDates;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;
import kiosque.web.Views;

/** The notifications page and its "mark read" forms: HTTP only, rules in {@link Notifications}. */
public final class NotificationRoutes {

  private final Notifications notifications;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;

  public NotificationRoutes(Notifications notifications, NewsroomPages pages, Views views, FrenchDates dates) {
    this.notifications = notifications;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls urls = pages.urls();
    table.page(urls.notifications(), Action.VIEW_NEWSROOM, this::list);
    table.form(urls.notificationRead(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::markRead);
    table.form(urls.notificationsAllRead(), Action.VIEW_NEWSROOM, this::markAllRead);
  }

  private void list(Context ctx, Session session) {
    Messages msg = pages.messages();
    NewsroomUrls urls = pages.urls();
    var items = notifications.latest(session.account().id()).stream()
        .map(n -> new NotificationsPage.Item(n.id(), sentence(msg, n),
            msg.format("nr.notes.when", dates.day(n.createdAt()), dates.time(n.createdAt())), n.articleId() == null ? null : urls.article(n.articleId()), n.detail(),
            n.read(), urls.notificationRead(n.id())))
        .toList();
    ctx.html(views.render("newsroom/notifications.jte", new NotificationsPage(
        pages.layout(session, msg.get("nr.notif.title"), ctx.queryParam("note")), items)));
  }

  /** "Leïla a renvoyé « Titre » au rédacteur", from the kind's sentence in the bundles. */
  static String sentence(Messages msg, Notification n) {
    String actor = n.actorName().isEmpty() ? msg.get("nr.notif.someone") : n.actorName();
    return msg.format("nr.notif.kind." + n.kind().code(), actor, n.articleTitle());
  }

  private void markRead(Context ctx, Session session) {
    notifications.markRead(session.account().id(), Ids.pathId(ctx, "id"));
    ctx.redirect(pages.urls().notifications(), HttpStatus.SEE_OTHER);
  }

  private void markAllRead(Context ctx, Session session) {
    notifications.markAllRead(session.account().id());
    ctx.redirect(pages.urls().noted(pages.urls().notifications(), "notifications-read"), HttpStatus.SEE_OTHER);
  }
}
