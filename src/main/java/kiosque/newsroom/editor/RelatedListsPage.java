package kiosque.newsroom.editor;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * An article's related lists as the newsroom curates them: both stored lists with the reason for
 * each item, the editors' pins and exclusions, and whether this person may change them.
 *
 * @param computedAt when the lists were last computed, in words, or null when they are not yet
 * @param error what was wrong with the last request, for a person, or null
 */
public record RelatedListsPage(NewsroomLayout layout, long articleId, String title, String publicHref,
    String computedAt, List<Item> further, List<Item> recommended, List<Choice> choices, boolean mayChoose,
    String error) {

  public RelatedListsPage {
    further = List.copyOf(further);
    recommended = List.copyOf(recommended);
    choices = List.copyOf(choices);
  }

  /** A list item; {@code shown} is false for the spares kept after what readers see. */
  public record Item(long id, String title, String href, String reason, boolean pinned, boolean shown) {}

  /** An editor's choice: {@code action} is {@code pin} or {@code exclude}. */
  public record Choice(long id, String title, String href, String action, String label) {}
}
