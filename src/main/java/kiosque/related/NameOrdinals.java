package kiosque.related;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.NamedEntities;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.BytesRef;

/**
 * The article's names as ordinals of each index segment, so that which names a candidate shares is
 * found by comparing numbers: the article's few names are looked up once per segment instead of
 * every candidate's every name being read as text. One instance serves one computation (one
 * searcher: segment ordinals are only valid within it).
 */
final class NameOrdinals {

  private final List<NamedEntities.Entity> names;
  private final Map<Integer, long[]> bySegment = new HashMap<>();

  NameOrdinals(List<NamedEntities.Entity> names) {
    this.names = names;
  }

  /** For each of the article's names, whether the candidate has it too (its details loaded). */
  boolean[] sharedWith(Candidate candidate) throws IOException {
    boolean[] shared = new boolean[names.size()];
    long[] theirs = candidate.entityOrds();
    if (names.isEmpty() || theirs == null || theirs.length == 0) {
      return shared;
    }
    long[] mine = inSegment(candidate.leaf());
    for (int i = 0; i < mine.length; i++) {
      // A document's ordinals come in increasing order (SortedSetDocValues).
      shared[i] = mine[i] >= 0 && Arrays.binarySearch(theirs, mine[i]) >= 0;
    }
    return shared;
  }

  private long[] inSegment(LeafReaderContext leaf) throws IOException {
    long[] ords = bySegment.get(leaf.ord);
    if (ords == null) {
      ords = new long[names.size()];
      SortedSetDocValues values = leaf.reader().getSortedSetDocValues(SimilarityIndex.ENTITY);
      for (int i = 0; i < ords.length; i++) {
        ords[i] = values == null ? -1 : values.lookupTerm(new BytesRef(names.get(i).key()));
      }
      bySegment.put(leaf.ord, ords);
    }
    return ords;
  }
}
