package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The article list: the search form as submitted (a GET form, so every search is an address to
 * bookmark or share), one page of rows, the total and the links to the neighbouring pages;
 * {@code rebuilding} says, while the archive index is built, that words are matched only as typed.
 */
public record ArticlesPage(NewsroomLayout layout, Form form, List<Item> items, String count, String pageLabel,
    String previousHref, String nextHref, List<String> notes, String rebuilding) {

  /** One article in a newsroom list. */
  public record Item(long id, String title, String statusLabel, String status, String when, String who,
      String pendingLabel) {}

  /** A choice of a drop-down: its value, its label, whether it is the one chosen. */
  public record Option(String value, String label, boolean selected) {}

  /** The search form's fields as typed, and the choices of its drop-downs. */
  public record Form(String text, String author, String topic, String from, String until,
      List<Option> statuses, List<Option> sections, List<Option> sorts, String resetHref) {
    public Form {
      statuses = List.copyOf(statuses);
      sections = List.copyOf(sections);
      sorts = List.copyOf(sorts);
    }
  }

  public ArticlesPage {
    items = List.copyOf(items);
    notes = List.copyOf(notes);
  }
}
