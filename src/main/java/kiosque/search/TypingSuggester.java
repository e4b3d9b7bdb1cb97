package kiosque.search;

import static kiosque.search.ArticleDocument.PUBLISHED;
import static kiosque.search.ArticleDocument.TITLE_PREFIXES;
import static kiosque.search.ArticleDocument.TOPIC;
import static kiosque.search.ArticleDocument.TOPIC_PREFIXES;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosque.content.Teaser;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.TermQuery;

/**
 * Suggestions as a reader types, from edge n-grams in the main index rather than a separate
 * suggester: every typed word is the beginning of a word of the headline (or topic), so a
 * suggestion disappears with its article, appears with the next refresh, and needs no rebuild of
 * its own. Headlines come newest first; topics by how many articles carry them.
 */
final class TypingSuggester {

  static final int LIMIT = 5;
  private static final int MAX_TYPED = 100;
  private static final int MAX_WORDS = 6;
  private static final int TOPIC_CANDIDATES = 50;
  private static final Analyzer TYPED = new NewsAnalyzer(NewsAnalyzer.Chain.TYPED);
  private static final Set<String> TEASER_FIELDS = Set.of(ArticleDocument.ID, ArticleDocument.SLUG,
      ArticleDocument.TITLE, ArticleDocument.SUMMARY, ArticleDocument.SECTION, PUBLISHED);

  private final SearchIndex index;

  TypingSuggester(SearchIndex index) {
    this.index = index;
  }

  Suggestions suggest(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.length() > MAX_TYPED) {
      text = text.substring(0, Character.isHighSurrogate(text.charAt(MAX_TYPED - 1)) ? MAX_TYPED - 1 : MAX_TYPED);
    }
    List<String> prefixes = UserQuery.tokens(TYPED, text).stream()
        .map(UserQuery.Token::term)
        .map(term -> term.length() > NewsAnalyzer.MAX_PREFIX ? term.substring(0, NewsAnalyzer.MAX_PREFIX) : term)
        .distinct()
        .limit(MAX_WORDS)
        .toList();
    if (prefixes.isEmpty() || prefixes.stream().mapToInt(String::length).sum() < NewsAnalyzer.MIN_PREFIX) {
      return Suggestions.NONE;
    }
    return index.withSearcher(searcher -> new Suggestions(titles(searcher, prefixes), topics(searcher, prefixes)));
  }

  private static List<Teaser> titles(FacetedSearcher searcher, List<String> prefixes) throws IOException {
    ScoreDoc[] top = searcher.search(new ConstantScoreQuery(allOf(TITLE_PREFIXES, prefixes)), LIMIT,
        new Sort(new SortField(PUBLISHED, SortField.Type.LONG, true))).scoreDocs;
    StoredFields stored = searcher.storedFields();
    List<Teaser> titles = new ArrayList<>(top.length);
    for (ScoreDoc doc : top) {
      titles.add(ArticleDocument.teaser(stored.document(doc.doc, TEASER_FIELDS)));
    }
    return titles;
  }

  /**
   * Topics whose own words start with what was typed, most used first. Counting runs over the
   * articles having such a topic, then drops the other topics those articles carry.
   */
  private static List<String> topics(FacetedSearcher searcher, List<String> prefixes) throws IOException {
    if (!searcher.hasDimension(TOPIC)) {
      return List.of();
    }
    FacetsCollector matching = searcher.search(allOf(TOPIC_PREFIXES, prefixes), new FacetsCollectorManager());
    FacetResult top = new SortedSetDocValuesFacetCounts(searcher.facetState().orElseThrow(), matching)
        .getTopChildren(TOPIC_CANDIDATES, TOPIC);
    List<String> topics = new ArrayList<>();
    if (top == null) {
      return topics;
    }
    for (LabelAndValue value : top.labelValues) {
      if (startsEveryPrefix(value.label, prefixes)) {
        topics.add(value.label);
        if (topics.size() == LIMIT) {
          break;
        }
      }
    }
    return topics;
  }

  private static boolean startsEveryPrefix(String label, List<String> prefixes) {
    List<String> words = UserQuery.tokens(TYPED, label).stream().map(UserQuery.Token::term).toList();
    return prefixes.stream().allMatch(prefix -> words.stream().anyMatch(word -> word.startsWith(prefix)));
  }

  private static Query allOf(String field, List<String> prefixes) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    prefixes.forEach(prefix -> all.add(new TermQuery(new Term(field, prefix)), Occur.FILTER));
    return all.build();
  }
}
