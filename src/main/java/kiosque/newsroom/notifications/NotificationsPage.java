package kiosque.newsroom.notifications;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/** The signed-in person's notifications, newest first, as sentences with a link to the article. */
public record NotificationsPage(NewsroomLayout layout, List<Item> items) {

  /**
   * One notification as printed.
   *
   * @param href the article's editor, or null when the article is gone
   * @param detail the note or the failure's reason, or ""
   */
  public record Item(long id, String sentence, String when, String href, String detail, boolean read,
      String markReadAction) {}

  public NotificationsPage {
    items = List.copyOf(items);
  }

  public boolean anyUnread() {
    return items.stream().anyMatch(item -> !item.read()) || layout.unread() > 0;
  }
}
