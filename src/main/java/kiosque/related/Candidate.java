package kiosque.related;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;

/**
 * An article the similarity query found: its id, score and date come from doc values with the hit;
 * its headline, topics and names, also doc values, only when a list needs them.
 */
final class Candidate {

  final int doc;
  final long articleId;
  final float score;
  final Instant publishedAt;
  /** The score over the article's own score: 1 for a copy of it, near 0 for a passing resemblance. */
  double similarity;
  private String title;
  private Set<String> topicIds;
  private Set<String> entityKeys;

  Candidate(int doc, long articleId, float score, Instant publishedAt) {
    this.doc = doc;
    this.articleId = articleId;
    this.score = score;
    this.publishedAt = publishedAt;
  }

  String title() {
    return title;
  }

  Set<String> topicIds() {
    return topicIds;
  }

  Set<String> entityKeys() {
    return entityKeys;
  }

  boolean hasDetails() {
    return title != null;
  }

  /** Reads the headline, topics and names once, from doc values. */
  void loadDetails(IndexSearcher searcher) throws IOException {
    if (title != null) {
      return;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    int local = doc - leaf.docBase;
    BinaryDocValues titles = leaf.reader().getBinaryDocValues(SimilarityIndex.TITLE_VALUE);
    title = titles != null && titles.advanceExact(local) ? titles.binaryValue().utf8ToString() : "";
    topicIds = values(leaf.reader().getSortedSetDocValues(SimilarityIndex.TOPIC_ID), local);
    entityKeys = values(leaf.reader().getSortedSetDocValues(SimilarityIndex.ENTITY), local);
  }

  private static Set<String> values(SortedSetDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return Set.of();
    }
    Set<String> all = new HashSet<>();
    for (int i = 0; i < values.docValueCount(); i++) {
      all.add(values.lookupOrd(values.nextOrd()).utf8ToString());
    }
    return all;
  }
}
