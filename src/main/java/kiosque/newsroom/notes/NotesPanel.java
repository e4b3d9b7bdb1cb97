package kiosque.newsroom.notes;

import java.util.List;
import kiosque.content.FrenchDates;
import kiosque.newsroom.shell.Account;
import kiosque.web.Messages;

/**
 * The editor page's notes: each with its author and French date, and the form when this person
 * may write one.
 *
 * @param action where the form posts, or null when this person may only read
 */
public record NotesPanel(List<Line> lines, String action) {

  /** One note as printed; {@code text} is plain text, shown with its line breaks. */
  public record Line(String author, String when, String iso, String text, String kind) {}

  public NotesPanel {
    lines = List.copyOf(lines);
  }

  /** The panel of an article for this person. */
  public static NotesPanel of(Notes notes, long articleId, Account reader, FrenchDates dates, Messages msg,
      String action) {
    List<Line> lines = notes.of(articleId).stream()
        .map(n -> new Line(n.authorName(), msg.format("nr.notes.when", dates.day(n.createdAt()), dates.time(n.createdAt())),
            dates.iso(n.createdAt()), n.body(), n.sendBack() ? msg.get("nr.notes.sendBack") : null))
        .toList();
    return new NotesPanel(lines, notes.mayWrite(reader, articleId) ? action : null);
  }
}
