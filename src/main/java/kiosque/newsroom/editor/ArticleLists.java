package kiosque.newsroom.editor;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import kiosque.content.ArticleStatus;
import kiosque.content.FrenchDates;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.Session;
import kiosque.web.Messages;
import kiosque.web.Views;

/** The article list page and the topic type-ahead, read from {@link DeskStore}. */
final class ArticleLists {

  private static final int PAGE = 50;

  private final DeskStore desk;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;

  ArticleLists(DeskStore desk, NewsroomPages pages, Views views, FrenchDates dates) {
    this.desk = desk;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
  }

  void list(Context ctx, Session session) {
    Messages msg = pages.messages();
    String raw = ctx.queryParam("statut");
    ArticleStatus status = null;
    for (ArticleStatus candidate : ArticleStatus.values()) {
      if (candidate.code().equals(raw)) {
        status = candidate;
      }
    }
    int offset = 0;
    String from = ctx.queryParam("depuis");
    if (from != null && from.matches("\\d{1,9}")) {
      offset = Integer.parseInt(from);
    }
    List<DeskStore.Row> rows = desk.all(status, PAGE, offset);
    List<ArticlesPage.Filter> filters = new ArrayList<>();
    filters.add(new ArticlesPage.Filter(msg.get("nr.articles.all"), pages.urls().articles(), status == null));
    for (ArticleStatus s : ArticleStatus.values()) {
      filters.add(new ArticlesPage.Filter(msg.get("nr.status." + s.code()), pages.urls().articles(s.code(), 0),
          s == status));
    }
    String older = rows.size() == PAGE ? pages.urls().articles(status == null ? null : status.code(), offset + PAGE) : null;
    ctx.html(views.render("newsroom/articles.jte", new ArticlesPage(pages.layout(session, msg.get("nr.nav.articles"),
        ctx.queryParam("note")), rows.stream().map(this::item).toList(), filters, older)));
  }

  /** A list row as printed; scheduled articles show their time, others their last change. */
  ArticlesPage.Item item(DeskStore.Row row) {
    Messages msg = pages.messages();
    var when = row.status() == ArticleStatus.SCHEDULED || row.status() == ArticleStatus.PUBLISHED
        ? row.publishedAt() : row.updatedAt();
    return new ArticlesPage.Item(row.id(), row.title(), msg.get("nr.status." + row.status().code()), row.status().code(),
        when == null ? "" : dates.day(when) + " " + dates.time(when),
        row.lastEditor() == null || row.lastEditor().isEmpty() ? row.createdBy() : row.lastEditor(),
        row.pendingState() == null ? null : msg.get("nr.pending." + ("in_review".equals(row.pendingState()) ? "in_review" : "draft")));
  }

  List<String> topics(String typed) {
    return desk.topicsMatching(typed, 10);
  }
}
