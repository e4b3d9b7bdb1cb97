package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/** The list of articles, optionally of one status, with each row as printed. */
public record ArticlesPage(NewsroomLayout layout, List<Item> items, List<Filter> filters, String olderHref) {

  /** One article in a newsroom list. */
  public record Item(long id, String title, String statusLabel, String status, String when, String who,
      String pendingLabel) {}

  /** A status filter link. */
  public record Filter(String label, String href, boolean current) {}

  public ArticlesPage {
    items = List.copyOf(items);
    filters = List.copyOf(filters);
  }
}
