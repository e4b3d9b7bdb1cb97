package kiosque.search;

import static kiosque.search.ArticleDocument.AUTHOR;
import static kiosque.search.ArticleDocument.PUBLISHED;
import static kiosque.search.ArticleDocument.SECTION;
import static kiosque.search.ArticleDocument.TOPIC;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import kiosque.content.Page;
import kiosque.content.Teaser;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;

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
  private static final List<String> DIMENSIONS = List.of(SECTION, TOPIC, AUTHOR);
  /**
   * How many hits a cheap score picks for the full score to rank (see {@link TextQueries#firstPass}):
   * at 100,000 articles the first page of the benchmark's queries was the same as when every match
   * is scored fully (docs/benchmarks.md); with 100, three of 26 differed.
   */
  static final int CANDIDATES = 200;

  private static final Set<String> TEASER_FIELDS = Set.of(ArticleDocument.ID, ArticleDocument.SLUG,
      ArticleDocument.TITLE, ArticleDocument.SUMMARY, SECTION, PUBLISHED);
  /** A hit's teaser and the texts its snippets highlight (the standfirst is in the teaser). */
  private static final Set<String> HIT_FIELDS = Set.of(ArticleDocument.ID, ArticleDocument.SLUG,
      ArticleDocument.TITLE, ArticleDocument.SUMMARY, SECTION, PUBLISHED, ArticleDocument.BODY);
  private static final String[] HIGHLIGHTED = {ArticleDocument.TITLE, ArticleDocument.BODY};
  private static final String[] STANDFIRST = {ArticleDocument.SUMMARY};

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
    UserQuery typed = UserQuery.parse(query.text());
    return index.withSearcher(searcher -> search(searcher, query, typed));
  }

  /** Headlines and topics for what a reader is typing. */
  public Suggestions suggest(String typed) {
    return suggester.suggest(typed);
  }

  /** True while the index is being rebuilt; pages show a notice. */
  public boolean isRebuilding() {
    return index.isRebuilding();
  }

  private SearchResults search(FacetedSearcher searcher, SearchQuery query, UserQuery typed) throws IOException {
    if (typed.isMeaningless()) {
      return results(query, Found.NONE, List.of(), Optional.empty(), false);
    }
    TextSearch exact = typed.isBlank() ? TextSearch.ALL : exact(searcher, typed);
    Found found = find(searcher, query, exact, !typed.isBlank());
    Optional<String> didYouMean = Optional.empty();
    boolean approximate = false;
    if (!typed.isBlank() && found.total() < FEW) {
      long exactTotal = found.total();
      // A typed word's Levenshtein automata, built once for the proposal and the near spellings of both fields.
      NearSpellings spellings = new NearSpellings();
      didYouMean = speller.correct(typed.text(), searcher.getIndexReader(), spellings)
          .filter(corrected -> count(searcher, query, UserQuery.parse(corrected)) >= Math.max(1, exactTotal));
      // Rewritten once into the near terms it stands for: searching, counting and highlighting reuse them.
      TextSearch fuzzy = new TextSearch(searcher.rewrite(TextQueries.fuzzyMatching(searched(searcher, typed), spellings)),
          Optional.empty(), exact.proximity());
      Found near = find(searcher, query, fuzzy, true);
      if (near.total() > exactTotal) {
        found = near;
        exact = fuzzy;
        approximate = true;
      }
      // A slip the stemmer turns into another stem (gouvernment) has no near spelling among the stems:
      // rather than nothing, the articles of the proposal, which is known to find some.
      if (found.total() == 0 && didYouMean.isPresent()) {
        TextSearch proposed = exact(searcher, UserQuery.parse(didYouMean.get()));
        Found fixed = find(searcher, query, proposed, true);
        if (fixed.total() > 0) {
          found = fixed;
          exact = proposed;
          approximate = true;
        }
      }
    }
    List<SearchHit> hits = hits(searcher, found, query, typed.isBlank() ? null : exact.matching());
    return results(query, found, hits, didYouMean, approximate);
  }

  /**
   * What a search matches and what only ranks its first hits.
   *
   * @param matching the full score (and what highlighting marks)
   * @param firstPass what the search finds, with a cheap score that picks the hits {@code matching}'s full
   *     score ranks; empty: {@code matching} finds and ranks all
   * @param proximity typed neighbours standing close together, added to the first hits' scores
   */
  private record TextSearch(Query matching, Optional<Query> firstPass, Optional<Query> proximity) {
    static final TextSearch ALL = new TextSearch(new MatchAllDocsQuery(), Optional.empty(), Optional.empty());

    /** What the search finds: every match is counted by it, with the facets. */
    Query found() {
      return firstPass.orElse(matching);
    }
  }

  /** The words typed as the search matches them (the rarest of a long paste), and their proximity. */
  private static TextSearch exact(FacetedSearcher searcher, UserQuery typed) throws IOException {
    UserQuery searched = searched(searcher, typed);
    return new TextSearch(TextQueries.matching(searched), Optional.of(TextQueries.firstPass(searched)),
        TextQueries.proximity(typed));
  }

  /**
   * A pasted sentence is searched by its rarest words, by how many articles use them: "président",
   * "hier" and "soir" would match most of the archive and add nothing but their cost to "mécontentement".
   */
  private static UserQuery searched(FacetedSearcher searcher, UserQuery typed) throws IOException {
    if (typed.words().size() <= UserQuery.MAX_SEARCHED_WORDS) {
      return typed;
    }
    Map<String, Integer> articles = new HashMap<>();
    for (UserQuery.Word word : typed.words()) {
      articles.put(word.stem(), searcher.getIndexReader().docFreq(new Term(ArticleDocument.BODY, word.stem())));
    }
    return typed.rarest(UserQuery.MAX_SEARCHED_WORDS, word -> articles.get(word.stem()));
  }

  private SearchResults results(SearchQuery query, Found found, List<SearchHit> hits, Optional<String> didYouMean,
      boolean approximate) throws IOException {
    Page<SearchHit> page = new Page<>(hits, query.page(), query.pageSize(), Math.min(found.total(), MAX_RESULTS));
    return new SearchResults(query, found.total(), page,
        facet(found, SECTION), facet(found, TOPIC), facet(found, AUTHOR),
        didYouMean, approximate, index.isRebuilding());
  }

  /**
   * What a search found before highlighting: the top documents up to the page asked, how many match
   * in all, and the facet counts.
   */
  private record Found(TopDocs top, long total, Map<String, List<FacetCount>> facets) {
    static final Found NONE = new Found(new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]),
        0, Map.of());
  }

  /**
   * One pass counts every match, with the facets, and keeps the {@link #CANDIDATES} best by a cheap
   * score; the full score (stems, forms, headline words, freshness) then ranks those, and proximity
   * reorders the first of them. Scoring every match fully, positions included, was most of the
   * cost of a search over a large archive.
   */
  private Found find(FacetedSearcher searcher, SearchQuery query, TextSearch text, boolean scored) throws IOException {
    boolean relevance = scored && query.order() == SearchQuery.Order.RELEVANCE;
    Instant now = clock.instant();
    Optional<DrillDownQuery> filtered =
        filtered(searcher, query, relevance ? Freshness.boost(text.found(), now) : text.found());
    if (filtered.isEmpty()) {
      return Found.NONE;
    }
    Map<String, String> selected = selectedLabels(searcher, query);
    int wanted = (int) Math.max(1, Math.min(MAX_RESULTS, (long) query.page() * query.pageSize()));
    Sort sort = relevance ? new Sort(SortField.FIELD_SCORE, newestFirst()) : new Sort(newestFirst());
    // Every match is counted (the total and the facets need them all): no threshold to skip past.
    TopFieldCollectorManager first = new TopFieldCollectorManager(sort,
        relevance ? Math.max(wanted, CANDIDATES) : wanted, null, Integer.MAX_VALUE);
    TopDocs top;
    Map<String, List<FacetCount>> facets = new HashMap<>();
    Optional<FacetOrdinals> ordinals = searcher.facetOrdinals();
    if (ordinals.isEmpty()) {
      top = searcher.search(filtered.get(), first);
    } else if (selected.isEmpty()) {
      // No facet filter, so nothing to count sideways: the values of the matches are counted as they
      // are collected (FacetOrdinals), not in a second walk of them.
      Object[] collected = searcher.search(filtered.get(), new MultiCollectorManager(first, ordinals.get().counter()));
      top = (TopDocs) collected[0];
      for (String dim : DIMENSIONS) {
        if (searcher.hasDimension(dim)) {
          facets.put(dim, ordinals.get().top((int[]) collected[1], dim, FACET_VALUES));
        }
      }
    } else {
      DrillSideways sideways = new DrillSideways(searcher, ArticleDocument.FACETS, searcher.facetState().get());
      DrillSideways.ConcurrentDrillSidewaysResult<TopFieldDocs> result = sideways.search(filtered.get(), first);
      top = result.collectorResult;
      for (String dim : DIMENSIONS) {
        if (searcher.hasDimension(dim)) {
          facets.put(dim, facet(result.facets, dim, selected.get(dim)));
        }
      }
    }
    if (relevance && text.firstPass().isPresent()) {
      top = ProximityRescorer.replace(searcher, top, CANDIDATES, Freshness.boost(text.matching(), now));
    }
    if (relevance && text.proximity().isPresent()) {
      top = ProximityRescorer.rescore(searcher, top, Freshness.boost(text.proximity().get(), now));
    }
    return new Found(top, top.totalHits.value(), facets);
  }

  private long count(FacetedSearcher searcher, SearchQuery query, UserQuery typed) {
    try {
      Optional<DrillDownQuery> filtered = filtered(searcher, query, exact(searcher, typed).found());
      return filtered.isEmpty() ? 0 : searcher.count(filtered.get());
    } catch (IOException e) {
      throw new SearchIndexException("Counting in the search index failed: " + e.getMessage(), e);
    }
  }

  /** The text query with the date range and the facet filters; empty when a filter names nothing indexed. */
  private Optional<DrillDownQuery> filtered(FacetedSearcher searcher, SearchQuery query, Query textQuery) {
    BooleanQuery.Builder base = new BooleanQuery.Builder().add(textQuery, Occur.MUST);
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
    // Each hit's stored fields decompressed once: its teaser and the texts to highlight.
    StoredFields stored = searcher.storedFields();
    Map<Integer, Document> documents = new HashMap<>();
    for (int docId : docIds) {
      documents.put(docId, stored.document(docId, textQuery == null ? TEASER_FIELDS : HIT_FIELDS));
    }
    SnippetHighlighter highlighter = new SnippetHighlighter(searcher, documents);
    Map<String, Object[]> snippets = textQuery == null ? Map.of()
        : highlighter.snippets(HIGHLIGHTED, textQuery, docIds);
    // The standfirst is shown only where the text has no match: highlighted for those hits alone.
    int[] unmarked = IntStream.range(0, page.length)
        .filter(i -> textQuery != null && snippet(snippets, ArticleDocument.BODY, i).filter(Snippet::hasMarks).isEmpty())
        .toArray();
    Object[] standfirsts = unmarked.length == 0 ? new Object[0]
        : highlighter.snippets(STANDFIRST, textQuery, Arrays.stream(unmarked).map(i -> docIds[i]).toArray())
            .get(ArticleDocument.SUMMARY);
    List<SearchHit> hits = new ArrayList<>(page.length);
    for (int i = 0; i < page.length; i++) {
      int at = i;
      Teaser teaser = ArticleDocument.teaser(documents.get(docIds[i]));
      Snippet title = snippet(snippets, ArticleDocument.TITLE, at).orElse(Snippet.plain(teaser.title()));
      int standfirst = Arrays.binarySearch(unmarked, at);
      Snippet excerpt = snippet(snippets, ArticleDocument.BODY, at).filter(Snippet::hasMarks)
          .or(() -> standfirst < 0 ? Optional.empty() : snippet(standfirsts, standfirst))
          .orElse(Snippet.plain(teaser.summary()));
      hits.add(new SearchHit(teaser, title, excerpt));
    }
    return hits;
  }

  private static Optional<Snippet> snippet(Map<String, Object[]> snippets, String field, int i) {
    return snippet(snippets.get(field), i);
  }

  private static Optional<Snippet> snippet(Object[] values, int i) {
    return values == null ? Optional.empty() : Optional.ofNullable((Snippet) values[i]).filter(s -> !s.isEmpty());
  }

  private static List<FacetCount> facet(Found found, String dim) {
    return found.facets().getOrDefault(dim, List.of());
  }

  /** The most frequent values of a dimension among the results (other values stay counted when it filters). */
  private static List<FacetCount> facet(Facets facets, String dim, String selected) throws IOException {
    List<FacetCount> counts = new ArrayList<>();
    FacetResult top = facets.getTopChildren(FACET_VALUES, dim);
    if (top != null) {
      for (LabelAndValue value : top.labelValues) {
        counts.add(new FacetCount(value.label, value.value.longValue(), value.label.equals(selected)));
      }
    }
    if (selected != null && counts.stream().noneMatch(FacetCount::selected)) {
      Number count = facets.getSpecificValue(dim, selected);
      counts.add(new FacetCount(selected, count == null ? 0 : Math.max(0, count.longValue()), true));
    }
    return counts;
  }
}
