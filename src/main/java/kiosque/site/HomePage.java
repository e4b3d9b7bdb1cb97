package kiosque.site;

import java.util.List;
import kiosque.popular.MostReadBlock;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Pagination;

/**
 * The front page: the latest articles, then a block per section (first page only).
 *
 * @param mostRead "Les plus lus" of the whole site (first page only, else empty)
 */
public record HomePage(Layout layout, List<TeaserView> latest, List<SectionBlock> sections, Pagination pagination,
    MostReadBlock mostRead) {

  public HomePage {
    latest = List.copyOf(latest);
    sections = List.copyOf(sections);
    mostRead = mostRead == null ? MostReadBlock.EMPTY : mostRead;
  }

  public HomePage(Layout layout, List<TeaserView> latest, List<SectionBlock> sections, Pagination pagination) {
    this(layout, latest, sections, pagination, MostReadBlock.EMPTY);
  }

  /** One section's latest articles on the home page. */
  public record SectionBlock(Link section, List<TeaserView> items) {
    public SectionBlock {
      items = List.copyOf(items);
    }
  }
}
