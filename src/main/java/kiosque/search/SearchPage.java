package kiosque.search;

import java.util.List;
import kiosque.web.Layout;
import kiosque.web.Link;
import kiosque.web.Pagination;
import kiosque.web.TeaserPicture;

/**
 * The search page as its template prints it.
 *
 * @param query the text as typed, put back in the search field
 * @param count "42 résultats" or "Aucun résultat"
 * @param didYouMean the corrected search, or null
 * @param notices what the reader should know about these results (approximate, index rebuilding)
 * @param clearFilters removes every filter, or null when none is set
 */
public record SearchPage(
    Layout layout,
    String query,
    String from,
    String to,
    List<Hidden> hidden,
    String count,
    Link didYouMean,
    List<String> notices,
    List<Result> results,
    List<Choice> orders,
    List<FacetGroup> facets,
    Link clearFilters,
    Pagination pagination) {

  public SearchPage {
    hidden = List.copyOf(hidden);
    notices = List.copyOf(notices);
    results = List.copyOf(results);
    orders = List.copyOf(orders);
    facets = List.copyOf(facets);
  }

  /**
   * A result: headline and excerpt with the matched words marked, link, date, section, and the lead
   * image as listings show it (null: a text-only result).
   */
  public record Result(Snippet title, Snippet excerpt, String href, String dateIso, String dateLabel,
      String sectionName, TeaserPicture image) {}

  /** One way to see the results (by relevance, by date); the current one is not a link. */
  public record Choice(String label, String href, boolean current) {}

  /** Counts for one dimension (sections, topics, authors). */
  public record FacetGroup(String heading, List<FacetLink> values) {

    public FacetGroup {
      values = List.copyOf(values);
    }
  }

  /** A value with its count; the link adds the filter, or removes it when it is selected. */
  public record FacetLink(String label, long count, String href, boolean selected) {}

  /** A filter carried by the refine form so that changing the dates keeps it. */
  public record Hidden(String name, String value) {}
}
