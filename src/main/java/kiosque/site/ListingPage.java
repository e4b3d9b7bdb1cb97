package kiosque.site;

import java.util.List;
import kiosque.web.Layout;
import kiosque.web.Pagination;

/** A section, topic, author or date-archive page: a heading, an optional introduction, teasers. */
public record ListingPage(Layout layout, String heading, String intro, List<TeaserView> items,
    Pagination pagination) {

  public ListingPage {
    items = List.copyOf(items);
  }
}
