package kiosque.search;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import kiosque.content.NameKeys;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState.OrdRange;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.util.BytesRef;

/**
 * A searcher that carries its reader's facet ordinals. They are built once per refreshed reader,
 * in the refresh (the follower's thread), so no reader request pays for them.
 */
final class FacetedSearcher extends IndexSearcher {

  static final SearcherFactory FACTORY = new SearcherFactory() {
    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
      return new FacetedSearcher(reader);
    }
  };

  private final SortedSetDocValuesReaderState facetState;
  private final FacetOrdinals facetOrdinals;
  private final Map<String, Map<String, String>> labelsByKey = new ConcurrentHashMap<>();

  private FacetedSearcher(IndexReader reader) throws IOException {
    super(reader);
    boolean hasFacets = FieldInfos.getMergedFieldInfos(reader).fieldInfo(FacetsConfig.DEFAULT_INDEX_FIELD_NAME) != null;
    this.facetState = hasFacets ? new DefaultSortedSetDocValuesReaderState(reader, ArticleDocument.FACETS) : null;
    this.facetOrdinals = hasFacets ? new FacetOrdinals(reader, facetState) : null;
  }

  /** The facet ordinals to count in the collector, empty while nothing with a section, topic or author is indexed. */
  Optional<FacetOrdinals> facetOrdinals() {
    return Optional.ofNullable(facetOrdinals);
  }

  /** The facet ordinals, empty while nothing with a section, topic or author is indexed. */
  Optional<SortedSetDocValuesReaderState> facetState() {
    return Optional.ofNullable(facetState);
  }

  boolean hasDimension(String dim) {
    return facetState != null && facetState.getOrdRange(dim) != null;
  }

  /**
   * The label as indexed for a value a reader sent: {@code economie} finds {@code Économie}, as
   * names are matched everywhere else on the site.
   */
  Optional<String> label(String dim, String value) {
    if (!hasDimension(dim)) {
      return Optional.empty();
    }
    try {
      // Links from the page carry the exact label: one lookup, no need to know every label.
      if (facetState.getDocValues().lookupTerm(new BytesRef(FacetsConfig.pathToString(dim, value))) >= 0) {
        return Optional.of(value);
      }
    } catch (IOException e) {
      throw new SearchIndexException("Cannot read the " + dim + " labels of the search index", e);
    }
    return Optional.ofNullable(labelsByKey.computeIfAbsent(dim, this::loadLabels).get(NameKeys.of(value)));
  }

  private Map<String, String> loadLabels(String dim) {
    try {
      OrdRange range = facetState.getOrdRange(dim);
      SortedSetDocValues values = facetState.getDocValues();
      Map<String, String> byKey = new HashMap<>();
      for (int ord = range.start(); ord <= range.end(); ord++) {
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ord).utf8ToString());
        byKey.putIfAbsent(NameKeys.of(path[1]), path[1]);
      }
      return byKey;
    } catch (IOException e) {
      throw new SearchIndexException("Cannot read the " + dim + " labels of the search index", e);
    }
  }
}
