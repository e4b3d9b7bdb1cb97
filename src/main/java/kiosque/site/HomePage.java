package kiosque.site;

import java.util.List;
import kiosque.popular.MostReadBlock;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Pagination;

/**
 * The front page: the main story and the featured ones (the editors' picks, else the latest), the
 * latest articles after them, then a block per section (first page only).
 *
 * @param main the main story, null on later pages or an empty site
 * @param mostRead "Les plus lus" of the whole site (first page only, else empty)
 */
public record HomePage(Layout layout, TeaserView main, List<TeaserView> featured, List<TeaserView> latest,
    List<SectionBlock> sections, Pagination pagination, MostReadBlock mostRead) {

  public HomePage {
    featured = List.copyOf(featured);
    latest = List.copyOf(latest);
    sections = List.copyOf(sections);
    mostRead = mostRead == null ? MostReadBlock.EMPTY : mostRead;
  }

  /** A front page without "Les plus lus". */
  public HomePage(Layout layout, TeaserView main, List<TeaserView> featured, List<TeaserView> latest,
      List<SectionBlock> sections, Pagination pagination) {
    this(layout, main, featured, latest, sections, pagination, MostReadBlock.EMPTY);
  }

  /** One section's latest articles on the home page. */
  public record SectionBlock(Link section, List<TeaserView> items) {
    public SectionBlock {
      items = List.copyOf(items);
    }
  }
}
