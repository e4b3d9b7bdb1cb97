package kiosque.newsroom.media;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * One image's page: the image (click it to set the focal point), its texts and focal point as a
 * form, the crops the focal point gives, the articles that show it, and its deletion.
 *
 * @param mayEdit false: the page only shows (someone else's upload, for a journalist)
 * @param error why the last save or deletion was refused, or null
 * @param blockers the articles that prevent its deletion, when a deletion was just refused
 */
public record MediaEditPage(NewsroomLayout layout, long id, String name, String preview, int width, int height,
    String altText, String credit, String caption, String focalX, String focalY, List<String> crops,
    List<Use> uses, boolean mayEdit, String error, List<Use> blockers, String details) {

  public MediaEditPage {
    crops = List.copyOf(crops);
    uses = List.copyOf(uses);
    blockers = List.copyOf(blockers);
  }

  /** An article that shows the image, with a link to its editor. */
  public record Use(String title, String href, String how) {}
}
