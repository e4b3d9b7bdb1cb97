package kiosque.newsroom.accounts;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/** The audit log, newest first, with dates in the site's time zone. */
public record AuditPage(NewsroomLayout layout, List<Line> lines, String olderHref) {

  /** One event as printed. */
  public record Line(String when, String actor, String action, String target, String address) {}

  public AuditPage {
    lines = List.copyOf(lines);
  }
}
