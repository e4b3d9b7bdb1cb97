package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * Which candidates are in the article's section, read from the facets' doc values: the section's
 * value is looked up once per segment, then each candidate's few values are compared as ordinals.
 * O(candidates × facet values), no stored field, no text.
 */
final class SameSection {

  private SameSection() {}

  /** For each candidate, in order, whether it is in section {@code name} (all false without a section). */
  static boolean[] of(IndexSearcher searcher, String name, List<Candidate> candidates) throws IOException {
    boolean[] same = new boolean[candidates.size()];
    if (name == null || name.isBlank()) {
      return same;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, List<Integer>> byLeaf = new TreeMap<>();
    for (int i = 0; i < candidates.size(); i++) {
      byLeaf.computeIfAbsent(ReaderUtil.subIndex(candidates.get(i).doc, leaves), k -> new ArrayList<>()).add(i);
    }
    for (Map.Entry<Integer, List<Integer>> entry : byLeaf.entrySet()) {
      LeafReaderContext leaf = leaves.get(entry.getKey());
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(SimilarityIndex.FACETS);
      long section = values == null ? -1 : values.lookupTerm(SimilarityIndex.sectionValue(name));
      if (section < 0) {
        continue;
      }
      // Doc values only move forward: the candidates in document order.
      List<Integer> inOrder = entry.getValue().stream()
          .sorted((a, b) -> Integer.compare(candidates.get(a).doc, candidates.get(b).doc)).toList();
      for (int i : inOrder) {
        if (values.advanceExact(candidates.get(i).doc - leaf.docBase)) {
          for (int v = 0; v < values.docValueCount(); v++) {
            if (values.nextOrd() == section) {
              same[i] = true;
              break;
            }
          }
        }
      }
    }
    return same;
  }
}
