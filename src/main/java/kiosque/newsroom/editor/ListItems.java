package kiosque.newsroom.editor;

import kiosque.content.ArticleStatus;
import kiosque.content.FrenchDates;
import kiosque.web.Messages;

/** An article of a newsroom list as printed (the dashboard's blocks, the article list). */
final class ListItems {

  private final Messages msg;
  private final FrenchDates dates;

  ListItems(Messages msg, FrenchDates dates) {
    this.msg = msg;
    this.dates = dates;
  }

  /** Scheduled and published articles show their publication time, others their last change. */
  ArticlesPage.Item item(DeskStore.Row row) {
    var when = row.status() == ArticleStatus.SCHEDULED || row.status() == ArticleStatus.PUBLISHED
        ? row.publishedAt() : row.updatedAt();
    return new ArticlesPage.Item(row.id(), row.title(), msg.get("nr.status." + row.status().code()), row.status().code(),
        when == null ? "" : dates.day(when) + " " + dates.time(when),
        row.lastEditor() == null || row.lastEditor().isEmpty() ? row.createdBy() : row.lastEditor(),
        row.pendingState() == null ? null : msg.get("nr.pending." + ("in_review".equals(row.pendingState()) ? "in_review" : "draft")));
  }
}
