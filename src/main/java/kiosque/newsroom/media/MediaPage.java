package kiosque.newsroom.media;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The media library: the upload form (with why the last upload was refused), the search and its
 * filters as they were sent, one page of thumbnails and the links to the pages around it.
 *
 * @param previous the previous page's address, null on the first
 * @param next the next page's address, null on the last
 */
public record MediaPage(NewsroomLayout layout, List<Card> items, long total, String error, long maxMegabytes,
    Filters filters, List<Choice> uploaders, List<Choice> usages, String previous, String next, String pageLabel) {

  public MediaPage {
    items = List.copyOf(items);
    uploaders = List.copyOf(uploaders);
    usages = List.copyOf(usages);
  }

  /** One image of the grid: its 320 px rendition and what identifies it. */
  public record Card(long id, String thumbnail, int width, int height, String alt, String name, String credit,
      String caption, boolean missingAlt, String uploaded, String href) {}

  /** The search as sent, printed back into the form. */
  public record Filters(String text, String month) {}

  /** An option of a filter's drop-down. */
  public record Choice(String value, String label, boolean selected) {}
}
