package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The revisions of an article, newest first, and for the chosen one a readable comparison with the
 * one before it.
 */
public record RevisionsPage(NewsroomLayout layout, long articleId, String title, int version, List<Entry> entries,
    Entry shown, List<RevisionDiff.Line> diff, boolean mayRestore) {

  /** One revision as listed: who, when, what kind of save. */
  public record Entry(long id, String who, String when, String kind, String href) {}

  public RevisionsPage {
    entries = List.copyOf(entries);
    diff = List.copyOf(diff);
  }
}
