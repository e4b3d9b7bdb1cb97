package kiosque.newsroom.taxonomy;

import java.util.List;
import kiosque.newsroom.shell.NewsroomLayout;
import kiosque.web.Link;

/**
 * One management page (sections, topics or authors): the rows with their edit forms.
 *
 * @param kind "rubriques", "sujets" or "auteurs": the address segment and the template's switch
 * @param photos for authors: the library's images to pick a photo from
 */
public record TaxonomyPage(NewsroomLayout layout, String kind, List<TaxonomyRow> rows, List<Link> tabs, String filter,
    String error, List<Link> photos, String moreHref) {

  public TaxonomyPage {
    rows = List.copyOf(rows);
    tabs = List.copyOf(tabs);
    photos = List.copyOf(photos);
  }
}
