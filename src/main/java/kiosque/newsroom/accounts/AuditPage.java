package kiosque.newsroom.accounts;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The audit log, newest first, each event as a sentence in the site's language with its date in
 * the site's time zone, filtered by person and action when asked.
 */
public record AuditPage(NewsroomLayout layout, List<Line> lines, String olderHref, List<Option> people,
    List<Option> actions, boolean filtered) {

  /**
   * One event as printed.
   *
   * @param sentence "Nadia a soumis « Titre » à relecture"
   * @param href the article's editor when the event is about an article, else null
   * @param code the stored code, kept for whoever needs the exact action
   */
  public record Line(String when, String iso, String actor, String sentence, String href, String code,
      String address) {}

  /** A choice of a filter. */
  public record Option(String value, String label, boolean selected) {}

  public AuditPage {
    lines = List.copyOf(lines);
    people = List.copyOf(people);
    actions = List.copyOf(actions);
  }
}
