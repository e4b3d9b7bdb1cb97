package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import kiosque.related.KeyTerms.VectorTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.SmallFloat;

/**
 * The whole-text TF-IDF cosine of an article with its candidates, without term vectors: the
 * article's vector ({@link KeyTerms.VectorTerm}, its likeliest words, far more than the key terms)
 * against each candidate's term frequencies read from the postings, one dictionary seek per word
 * and segment whatever the number of candidates. A candidate's own vector length is not in the
 * index; its text length (the field's norm) stands in for it, as pivoted length normalisation does:
 * dividing by the square root of the length ranks like the true cosine on the Wikinews corpus.
 *
 * <p>The same reading gives each candidate's vector in the article's word space ({@link #vectors}),
 * which the second-order score compares with the article's closest neighbours ({@link Neighbourhood}).
 */
final class TextCosine {

  private TextCosine() {}

  /** Each document's product with the vector over the square root of its text's length, by document. */
  static Map<Integer, Double> of(IndexSearcher searcher, List<VectorTerm> vector, List<Integer> docs)
      throws IOException {
    Map<Integer, Double> products = new HashMap<>();
    vectors(searcher, vector, docs).forEach((doc, components) -> {
      double dot = 0;
      for (int t = 0; t < components.length; t++) {
        dot += vector.get(t).weight() * components[t];
      }
      products.put(doc, dot);
    });
    return products;
  }

  /**
   * Each document's components in the article's word space, one per word of {@code vector} in its
   * order: (1 + log tf) over the square root of the text's length, 0 where the text lacks the word.
   */
  static Map<Integer, double[]> vectors(IndexSearcher searcher, List<VectorTerm> vector, List<Integer> docs)
      throws IOException {
    return components(searcher, vector, docs, SimilarityIndex.BODY);
  }

  /** Each document's headline in the article's word space: 1 + log tf where the headline has the word. */
  static Map<Integer, double[]> headlines(IndexSearcher searcher, List<VectorTerm> vector, List<Integer> docs)
      throws IOException {
    return components(searcher, vector, docs, SimilarityIndex.TITLE);
  }

  private static Map<Integer, double[]> components(IndexSearcher searcher, List<VectorTerm> vector,
      List<Integer> docs, String field) throws IOException {
    Map<Integer, double[]> vectors = new HashMap<>();
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Map<Integer, List<Integer>> byLeaf = new TreeMap<>();
    for (int doc : docs) {
      byLeaf.computeIfAbsent(ReaderUtil.subIndex(doc, leaves), k -> new ArrayList<>()).add(doc);
    }
    BytesRef[] stems = new BytesRef[vector.size()];
    for (int t = 0; t < stems.length; t++) {
      stems[t] = new BytesRef(vector.get(t).stem());
    }
    int[] seekOrder = inDictionaryOrder(stems);
    for (Map.Entry<Integer, List<Integer>> entry : byLeaf.entrySet()) {
      LeafReaderContext leaf = leaves.get(entry.getKey());
      List<Integer> inLeaf = entry.getValue().stream().distinct().sorted(Comparator.naturalOrder()).toList();
      double[][] components = new double[inLeaf.size()][vector.size()];
      Terms terms = leaf.reader().terms(field);
      // One dictionary walk per segment, its words in the dictionary's order (a seek reuses the
      // blocks the previous one loaded), and one postings reader reused for all its words.
      TermsEnum dictionary = terms == null ? null : terms.iterator();
      PostingsEnum postings = null;
      for (int t : dictionary == null ? new int[0] : seekOrder) {
        if (!dictionary.seekExact(stems[t])) {
          continue;
        }
        postings = dictionary.postings(postings, PostingsEnum.FREQS);
        for (int i = 0; i < inLeaf.size(); i++) {
          int local = inLeaf.get(i) - leaf.docBase;
          int at = postings.docID() >= local ? postings.docID() : postings.advance(local);
          if (at == local) {
            components[i][t] = 1 + Math.log(postings.freq());
          } else if (at == PostingsEnum.NO_MORE_DOCS) {
            break;
          }
        }
      }
      // A headline is short: only the text is discounted by its length.
      NumericDocValues norms = field.equals(SimilarityIndex.BODY) ? leaf.reader().getNormValues(field) : null;
      for (int i = 0; i < inLeaf.size(); i++) {
        int local = inLeaf.get(i) - leaf.docBase;
        int length = norms != null && norms.advanceExact(local) ? SmallFloat.byte4ToInt((byte) norms.longValue()) : 1;
        double scale = 1 / Math.sqrt(Math.max(1, length));
        for (int t = 0; t < vector.size(); t++) {
          components[i][t] *= scale;
        }
        vectors.put(inLeaf.get(i), components[i]);
      }
    }
    return vectors;
  }

  /** The positions of the words (encoded once, for every segment) sorted as the terms dictionary sorts them (by their UTF-8 bytes). */
  private static int[] inDictionaryOrder(BytesRef[] stems) {
    return IntStream.range(0, stems.length).boxed().sorted(Comparator.comparing(t -> stems[t]))
        .mapToInt(Integer::intValue).toArray();
  }
}
