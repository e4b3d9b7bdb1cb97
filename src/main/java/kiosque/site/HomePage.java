package kiosque.site;

import java.util.List;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Pagination;

/** The front page: the latest articles, then a block per section (first page only). */
public record HomePage(Layout layout, List<TeaserView> latest, List<SectionBlock> sections, Pagination pagination) {

  public HomePage {
    latest = List.copyOf(latest);
    sections = List.copyOf(sections);
  }

  /** One section's latest articles on the home page. */
  public record SectionBlock(Link section, List<TeaserView> items) {
    public SectionBlock {
      items = List.copyOf(items);
    }
  }
}
