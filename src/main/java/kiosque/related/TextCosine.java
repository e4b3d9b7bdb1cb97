package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import kiosque.related.KeyTerms.VectorTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.SmallFloat;

/**
 * The whole-text TF-IDF cosine of an article with its candidates, without term vectors: the
 * article's vector ({@link KeyTerms.VectorTerm}, its likeliest words, far more than the key terms)
 * against each candidate's term frequencies read from the postings, one dictionary seek per word
 * and segment whatever the number of candidates. A candidate's own vector length is not in the
 * index; its text length (the field's norm) stands in for it, as pivoted length normalisation does:
 * dividing by the square root of the length ranks like the true cosine on the Wikinews corpus.
 */
final class TextCosine {

  private TextCosine() {}

  /** Each document's product with the vector over the square root of its text's length, by document. */
  static Map<Integer, Double> of(IndexSearcher searcher, List<VectorTerm> vector, List<Integer> docs)
      throws IOException {
    Map<Integer, Double> products = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, List<Integer>> byLeaf = new TreeMap<>();
    for (int doc : docs) {
      byLeaf.computeIfAbsent(ReaderUtil.subIndex(doc, leaves), k -> new ArrayList<>()).add(doc);
    }
    for (Map.Entry<Integer, List<Integer>> entry : byLeaf.entrySet()) {
      LeafReaderContext leaf = leaves.get(entry.getKey());
      List<Integer> inLeaf = entry.getValue().stream().sorted(Comparator.naturalOrder()).toList();
      double[] dot = new double[inLeaf.size()];
      for (VectorTerm term : vector) {
        PostingsEnum postings = leaf.reader().postings(new Term(SimilarityIndex.BODY, term.stem()), PostingsEnum.FREQS);
        if (postings == null) {
          continue;
        }
        for (int i = 0; i < inLeaf.size(); i++) {
          int local = inLeaf.get(i) - leaf.docBase;
          int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
          if (at == local) {
            dot[i] += term.weight() * (1 + Math.log(postings.freq()));
          } else if (at == PostingsEnum.NO_MORE_DOCS) {
            break;
          }
        }
      }
      NumericDocValues norms = leaf.reader().getNormValues(SimilarityIndex.BODY);
      for (int i = 0; i < inLeaf.size(); i++) {
        int local = inLeaf.get(i) - leaf.docBase;
        int length = norms != null && norms.advanceExact(local) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 1;
        products.put(inLeaf.get(i), dot[i] / Math.sqrt(Math.max(1, length)));
      }
    }
    return products;
  }
}
