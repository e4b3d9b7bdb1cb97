package kiosque.newsroom.frontpage;

import java.util.List;
import kiosque.frontpage.MenuSection;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The front-page screen.
 *
 * @param query the title search typed, or empty
 * @param found published articles matching it, to pick from
 * @param banner the banner as set (null: none)
 */
public record FrontPageScreen(NewsroomLayout layout, List<SlotRow> slots, String query, List<Found> found,
    List<MenuSection> sections, BannerRow banner, List<Integer> durations) {

  public FrontPageScreen {
    slots = List.copyOf(slots);
    found = List.copyOf(found);
    sections = List.copyOf(sections);
    durations = List.copyOf(durations);
  }

  /**
   * One slot: what the editors chose (if anything) and what readers see there now.
   *
   * @param pickNote why the pick does not show (expired, unpublished), or null
   * @param expires when the pick goes back to automatic, or null
   */
  public record SlotRow(int position, String label, Long pickedId, String pickedTitle, String expires, String pickNote,
      String showingTitle, String showingHref) {}

  public record Found(long id, String title, String date, String href) {}

  /** @param expires when it stops showing, or null; {@code shown}: whether readers see it now */
  public record BannerRow(String message, String link, String expires, boolean shown) {}
}
