package kiosque.search;

import static kiosque.search.ArticleDocument.AUTHOR;
import static kiosque.search.ArticleDocument.PUBLISHED;
import static kiosque.search.ArticleDocument.SECTION;
import static kiosque.search.ArticleDocument.TOPIC;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import kiosque.content.Page;
import kiosque.content.Teaser;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;

/**
 * Searches for readers: relevance with a freshness boost (or newest first), filters by section,
 * topic, author and dates with counts per value, highlighted snippets, pages, quoted phrases, and
 * a second chance for typos. Any input gives results, never an exception.
 */
public final class SearchService {

  /** Pages stop here: nobody reads result 1,001, and deep pages cost memory. */
  public static final int MAX_RESULTS = 1000;
  /** Fewer exact hits than this and near spellings are tried. */
  static final int FEW = 3;
  static final int FACET_VALUES = 10;

  private static final Set<String> TEASER_FIELDS = Set.of(ArticleDocument.ID, ArticleDocument.SLUG,
      ArticleDocument.TITLE, ArticleDocument.SUMMARY, SECTION, PUBLISHED);
  private static final String[] HIGHLIGHTED = {ArticleDocument.TITLE, ArticleDocument.SUMMARY, ArticleDocument.BODY};

  private final SearchIndex index;
  private final Clock clock;
  private final ZoneId zone;
  private final Speller speller = new Speller();
  private final TypingSuggester suggester;

  public SearchService(SearchIndex index, Clock clock, ZoneId zone) {
    this.index = index;
    this.clock = clock;
    this.zone = zone;
    this.suggester = new TypingSuggester(index);
  }

  public SearchResults search(SearchQuery query) {
    UserQuery text = UserQuery.parse(query.text());
    return index.withSearcher(searcher -> search(searcher, query, text));
  }

  /** Headlines and topics for what a reader is typing. */
  public Suggestions suggest(String typed) {
    return suggester.suggest(typed);
  }

  /** True while the index is being rebuilt; pages show a notice. */
  public boolean isRebuilding() {
    return index.isRebuilding();
  }

  private SearchResults search(FacetedSearcher searcher, SearchQuery query, UserQuery text) throws IOException {
    if (text.isMeaningless()) {
      return results(query, Found.NONE, List.of(), Optional.empty(), false);
    }
    Query textQuery = text.isBlank() ? new MatchAllDocsQuery() : TextQueries.exact(text);
    Found found = find(searcher, query, textQuery, !text.isBlank());
    Optional<String> didYouMean = Optional.empty();
    boolean approximate = false;
    if (!text.isBlank() && found.total() < FEW) {
      long exactTotal = found.total();
      didYouMean = speller.correct(text.text(), searcher.getIndexReader())
          .filter(corrected -> count(searcher, query, TextQueries.exact(UserQuery.parse(corrected))) >= Math.max(1, exactTotal));
      // Rewritten once into the near terms it stands for: searching, counting and highlighting reuse them.
      Query fuzzy = searcher.rewrite(TextQueries.fuzzy(text));
      Found near = find(searcher, query, fuzzy, true);
      if (near.total() > exactTotal) {
        found = near;
        textQuery = fuzzy;
        approximate = true;
      }
      // A slip the stemmer turns into another stem (gouvernment) has no near spelling among the stems:
      // rather than nothing, the articles of the proposal, which is known to find some.
      if (found.total() == 0 && didYouMean.isPresent()) {
        Query proposed = TextQueries.exact(UserQuery.parse(didYouMean.get()));
        Found fixed = find(searcher, query, proposed, true);
        if (fixed.total() > 0) {
          found = fixed;
          textQuery = proposed;
          approximate = true;
        }
      }
    }
    List<SearchHit> hits = hits(searcher, found, query, text.isBlank() ? null : textQuery);
    return results(query, found, hits, didYouMean, approximate);
  }

  private SearchResults results(SearchQuery query, Found found, List<SearchHit> hits, Optional<String> didYouMean,
      boolean approximate) throws IOException {
    Page<SearchHit> page = new Page<>(hits, query.page(), query.pageSize(), Math.min(found.total(), MAX_RESULTS));
    return new SearchResults(query, found.total(), page,
        facet(found, SECTION), facet(found, TOPIC), facet(found, AUTHOR),
        didYouMean, approximate, index.isRebuilding());
  }

  /** What a search found before highlighting: the top documents up to the page asked, and the facet counts. */
  private record Found(TopDocs top, Facets facets, Set<String> dims, Map<String, String> selected) {
    static final Found NONE = new Found(new TopDocs(null, new ScoreDoc[0]), null, Set.of(), Map.of());

    long total() {
      return top.totalHits == null ? 0 : top.totalHits.value();
    }
  }

  private Found find(FacetedSearcher searcher, SearchQuery query, Query textQuery, boolean scored) throws IOException {
    Optional<DrillDownQuery> filtered = filtered(searcher, query, textQuery, scored);
    if (filtered.isEmpty()) {
      return Found.NONE;
    }
    Map<String, String> selected = selectedLabels(searcher, query);
    int wanted = (int) Math.min(MAX_RESULTS, (long) query.page() * query.pageSize());
    Sort sort = scored && query.order() == SearchQuery.Order.RELEVANCE
        ? new Sort(SortField.FIELD_SCORE, newestFirst())
        : new Sort(newestFirst());
    if (searcher.facetState().isEmpty()) {
      return new Found(searcher.search(filtered.get(), Math.max(1, wanted), sort), null, Set.of(), selected);
    }
    DrillSideways sideways = new DrillSideways(searcher, ArticleDocument.FACETS, searcher.facetState().get());
    DrillSideways.DrillSidewaysResult result = sideways.search(filtered.get(), null, null, Math.max(1, wanted), sort, false);
    Set<String> dims = new HashSet<>();
    for (String dim : List.of(SECTION, TOPIC, AUTHOR)) {
      if (searcher.hasDimension(dim)) {
        dims.add(dim);
      }
    }
    return new Found(result.hits, result.facets, dims, selected);
  }

  private long count(FacetedSearcher searcher, SearchQuery query, Query textQuery) {
    try {
      Optional<DrillDownQuery> filtered = filtered(searcher, query, textQuery, false);
      return filtered.isEmpty() ? 0 : searcher.count(filtered.get());
    } catch (IOException e) {
      throw new SearchIndexException("Counting in the search index failed: " + e.getMessage(), e);
    }
  }

  /** The text query with the freshness boost, the date range and the facet filters; empty when a filter names nothing indexed. */
  private Optional<DrillDownQuery> filtered(FacetedSearcher searcher, SearchQuery query, Query textQuery, boolean scored) {
    Query main = scored && query.order() == SearchQuery.Order.RELEVANCE
        ? FunctionScoreQuery.boostByValue(textQuery, Freshness.at(clock.instant()))
        : textQuery;
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(main, Occur.MUST);
    dateRange(query).ifPresent(range -> base.add(range, Occur.FILTER));
    DrillDownQuery drillDown = new DrillDownQuery(ArticleDocument.FACETS, base.build());
    for (String[] filter : filters(query)) {
      Optional<String> label = searcher.label(filter[0], filter[1]);
      if (label.isEmpty()) {
        return Optional.empty();
      }
      drillDown.add(filter[0], label.get());
    }
    return Optional.of(drillDown);
  }

  private static List<String[]> filters(SearchQuery query) {
    List<String[]> filters = new ArrayList<>();
    if (query.section() != null) {
      filters.add(new String[] {SECTION, query.section()});
    }
    if (query.topic() != null) {
      filters.add(new String[] {TOPIC, query.topic()});
    }
    if (query.author() != null) {
      filters.add(new String[] {AUTHOR, query.author()});
    }
    return filters;
  }

  private static Map<String, String> selectedLabels(FacetedSearcher searcher, SearchQuery query) {
    Map<String, String> selected = new HashMap<>();
    for (String[] filter : filters(query)) {
      searcher.label(filter[0], filter[1]).ifPresent(label -> selected.put(filter[0], label));
    }
    return selected;
  }

  /** Days in the site's time zone, both ends included; reversed ends are taken the right way round. */
  private Optional<Query> dateRange(SearchQuery query) {
    if (query.from() == null && query.to() == null) {
      return Optional.empty();
    }
    LocalDate first = query.from();
    LocalDate last = query.to();
    if (first != null && last != null && first.isAfter(last)) {
      LocalDate swap = first;
      first = last;
      last = swap;
    }
    long from = first == null ? Long.MIN_VALUE : first.atStartOfDay(zone).toInstant().toEpochMilli();
    long to = last == null ? Long.MAX_VALUE : last.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli() - 1;
    return Optional.of(LongPoint.newRangeQuery(PUBLISHED, from, to));
  }

  private static SortField newestFirst() {
    return new SortField(PUBLISHED, SortField.Type.LONG, true);
  }

  private List<SearchHit> hits(FacetedSearcher searcher, Found found, SearchQuery query, Query textQuery)
      throws IOException {
    ScoreDoc[] all = found.top().scoreDocs;
    long from = (long) (query.page() - 1) * query.pageSize();
    if (from >= all.length) {
      return List.of();
    }
    ScoreDoc[] page = Arrays.copyOfRange(all, (int) from, (int) Math.min(all.length, from + query.pageSize()));
    int[] docIds = Arrays.stream(page).mapToInt(doc -> doc.doc).toArray();
    Map<String, Object[]> snippets = textQuery == null ? Map.of()
        : new SnippetHighlighter(searcher).snippets(HIGHLIGHTED, textQuery, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      int at = i;
      Teaser teaser = ArticleDocument.teaser(stored.document(docIds[i], TEASER_FIELDS));
      Snippet title = snippet(snippets, ArticleDocument.TITLE, at).orElse(Snippet.plain(teaser.title()));
      Snippet excerpt = snippet(snippets, ArticleDocument.BODY, at).filter(Snippet::hasMarks)
          .or(() -> snippet(snippets, ArticleDocument.SUMMARY, at))
          .orElse(Snippet.plain(teaser.summary()));
      hits.add(new SearchHit(teaser, title, excerpt));
    }
    return hits;
  }

  private static Optional<Snippet> snippet(Map<String, Object[]> snippets, String field, int i) {
    Object[] values = snippets.get(field);
    return values == null ? Optional.empty() : Optional.ofNullable((Snippet) values[i]).filter(s -> !s.isEmpty());
  }

  /** The most frequent values of a dimension among the results (other values stay counted when it filters). */
  private static List<FacetCount> facet(Found found, String dim) throws IOException {
    if (found.facets() == null || !found.dims().contains(dim)) {
      return List.of();
    }
    String selected = found.selected().get(dim);
    List<FacetCount> counts = new ArrayList<>();
    FacetResult top = found.facets().getTopChildren(FACET_VALUES, dim);
    if (top != null) {
      for (LabelAndValue value : top.labelValues) {
        counts.add(new FacetCount(value.label, value.value.longValue(), value.label.equals(selected)));
      }
    }
    if (selected != null && counts.stream().noneMatch(FacetCount::selected)) {
      Number count = found.facets().getSpecificValue(dim, selected);
      counts.add(new FacetCount(selected, count == null ? 0 : Math.max(0, count.longValue()), true));
    }
    return counts;
  }
}
