package kiosque.site;

import java.util.List;
import kiosque.web.Layout;
import kiosque.web.Pagination;

/**
 * A section, topic, author or date-archive page: a heading, an optional introduction, teasers.
 *
 * @param archive a date archive's links to the periods around it; null on other listings
 */
public record ListingPage(Layout layout, String heading, String intro, List<TeaserView> items,
    Pagination pagination, ArchiveNavigation archive) {

  public ListingPage {
    items = List.copyOf(items);
  }
}
