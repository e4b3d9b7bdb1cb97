package kiosque.search;

import java.util.List;
import java.util.Optional;
import kiosque.content.Page;

/**
 * What a search found.
 *
 * @param total how many articles match (pages stop at {@link SearchService#MAX_RESULTS})
 * @param didYouMean the query with misspelt words replaced, when that finds more
 * @param approximate the hits include near spellings of the words typed (the exact words found too few)
 * @param rebuilding the index is being rebuilt: results may be incomplete, say so
 */
public record SearchResults(
    SearchQuery query,
    long total,
    Page<SearchHit> hits,
    List<FacetCount> sections,
    List<FacetCount> topics,
    List<FacetCount> authors,
    Optional<String> didYouMean,
    boolean approximate,
    boolean rebuilding) {

  public SearchResults {
    sections = List.copyOf(sections);
    topics = List.copyOf(topics);
    authors = List.copyOf(authors);
  }
}
