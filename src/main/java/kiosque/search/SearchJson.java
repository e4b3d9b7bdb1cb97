package kiosque.search;

import java.util.List;
import java.util.Map;

/**
 * The JSON answer of {@code /recherche.json}: the same search as the page, for scripts and apps.
 * Highlighted text comes HTML-escaped, matches in {@code <mark>}.
 */
record SearchJson(String query, long total, int page, int pageCount, String order, String didYouMean,
    boolean approximate, boolean rebuilding, List<Result> results, Map<String, List<FacetCount>> facets) {

  record Result(long id, String title, String titleHtml, String excerptHtml, String href, String publishedAt,
      String section) {}

  /** The answer of the suggestion endpoint: headlines to open, topics to search. */
  record Suggestions(List<Suggestion> titles, List<Suggestion> topics) {}

  record Suggestion(String label, String href) {}
}
