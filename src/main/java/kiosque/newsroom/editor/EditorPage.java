package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.notes.NotesPanel;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The editor: the form as typed (or as stored), where the article stands, the moves this person
 * may make, and links to its preview, revisions and public page.
 *
 * @param articleId null for a new article
 * @param scheduleValue the scheduled time as a datetime-local value in the site's zone, or ""
 * @param conflict set when a save met a newer version; null otherwise
 * @param readOnly why this person may read but not save the article; null when they may save
 * @param presence who else has the article open ("Nadia modifie cet article depuis 14h02"), or null
 * @param draftSlot the notice offering this person's autosaved draft back, or null
 * @param fields reading time, social image choices and correction date of the fields of issue 13
 * @param notes the article's notes between its authors and editors; null for a new article
 */
public record EditorPage(NewsroomLayout layout, Long articleId, int version, ArticleForm form, String statusLabel,
    String pendingLabel, boolean live, boolean mayCorrect, List<Move> moves, boolean maySchedule, String scheduleValue,
    String scheduledLabel, String error, List<String> sectionNames, String publicHref, List<MediaChoice> media,
    Conflict conflict, String readOnly, String presence, String draftSlot, FieldsPanel fields,
    NotesPanel notes) {

  /**
   * A save refused because someone saved a newer version: both versions side by side, and their
   * differences (the newer saved one first).
   */
  public record Conflict(String savedBy, List<String> saved, List<String> yours, List<RevisionDiff.Line> diff) {}

  /** An image of the library offered as the lead image. */
  public record MediaChoice(long id, String label, String thumbnail, boolean selected) {}

  /** A workflow button. */
  public record Move(String code, String label) {}

  public EditorPage {
    moves = List.copyOf(moves);
    sectionNames = List.copyOf(sectionNames);
    media = List.copyOf(media);
  }

  /** Whether a send-back button is offered, so the form asks for its reason. */
  public boolean maySendBack() {
    return moves.stream().anyMatch(m -> m.code().equals("RETURN_TO_DRAFT") || m.code().equals("RETURN_REVISION"));
  }

  public String action() {
    return articleId == null ? layout.urls().articles() : layout.urls().article(articleId);
  }
}
