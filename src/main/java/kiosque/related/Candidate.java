package kiosque.related;

import java.io.IOException;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
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
  /** The segment the article is in: its topics' and names' ordinals are that segment's. */
  private LeafReaderContext leaf;
  private long[] topicOrds;
  private long[] entityOrds;
  private Set<String> topicIds;
  private Set<String> entityKeys;
  private Set<String> titleWords;

  Candidate(int doc, long articleId, float score, Instant publishedAt) {
    this.doc = doc;
    this.articleId = articleId;
    this.score = score;
    this.publishedAt = publishedAt;
  }

  String title() {
    return title;
  }

  /**
   * The headline's words ({@link Titles#words}), once: "Aller plus loin" and the recommendations'
   * variety both compare them, often for the same candidates.
   */
  Set<String> titleWords() {
    if (titleWords == null) {
      titleWords = Titles.words(title);
    }
    return titleWords;
  }

  /** The topics' ids, read from the index's terms on first use (a list's few picks need them, not the 80 candidates). */
  Set<String> topicIds() throws IOException {
    if (topicIds == null) {
      topicIds = texts(SimilarityIndex.TOPIC_ID, topicOrds);
    }
    return topicIds;
  }

  /** The names' keys, read from the index's terms on first use; {@link NameOrdinals} compares without them. */
  Set<String> entityKeys() throws IOException {
    if (entityKeys == null) {
      entityKeys = texts(SimilarityIndex.ENTITY, entityOrds);
    }
    return entityKeys;
  }

  LeafReaderContext leaf() {
    return leaf;
  }

  /** The names' ordinals in {@link #leaf()}, ascending. */
  long[] entityOrds() {
    return entityOrds;
  }

  boolean hasDetails() {
    return title != null;
  }

  /**
   * Reads the headline, and the topics' and names' ordinals, once, from doc values. Turning an
   * ordinal into its text seeks the segment's terms dictionary: at 100,000 articles that was two
   * thirds of the CPU of computing a list when done for every candidate's every name.
   */
  void loadDetails(IndexSearcher searcher) throws IOException {
    if (title != null) {
      return;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    load(new Details(leaves.get(ReaderUtil.subIndex(doc, leaves))));
  }

  /**
   * {@link #loadDetails} for many candidates at once, visited in document order so that each
   * segment's doc values are opened once for all of them rather than once per candidate.
   */
  static void loadDetails(IndexSearcher searcher, Collection<Candidate> candidates) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Details details = null;
    for (Candidate c : candidates.stream().filter(c -> c.title == null).sorted(Comparator.comparingInt(c -> c.doc))
        .toList()) {
      if (details == null || c.doc >= details.leaf.docBase + details.leaf.reader().maxDoc()) {
        details = new Details(leaves.get(ReaderUtil.subIndex(c.doc, leaves)));
      }
      c.load(details);
    }
  }

  private void load(Details details) throws IOException {
    leaf = details.leaf;
    int local = doc - leaf.docBase;
    title = details.titles != null && details.titles.advanceExact(local)
        ? details.titles.binaryValue().utf8ToString() : "";
    topicOrds = ords(details.topics, local);
    entityOrds = ords(details.entities, local);
  }

  /** One segment's doc values for the details; they only move forward, so documents come in increasing order. */
  private static final class Details {
    final LeafReaderContext leaf;
    final BinaryDocValues titles;
    final SortedSetDocValues topics;
    final SortedSetDocValues entities;

    Details(LeafReaderContext leaf) throws IOException {
      this.leaf = leaf;
      titles = leaf.reader().getBinaryDocValues(SimilarityIndex.TITLE_VALUE);
      topics = leaf.reader().getSortedSetDocValues(SimilarityIndex.TOPIC_ID);
      entities = leaf.reader().getSortedSetDocValues(SimilarityIndex.ENTITY);
    }
  }

  private static long[] ords(SortedSetDocValues values, int doc) throws IOException {
    if (values == null || !values.advanceExact(doc)) {
      return new long[0];
    }
    long[] ords = new long[values.docValueCount()];
    for (int i = 0; i < ords.length; i++) {
      ords[i] = values.nextOrd();
    }
    return ords;
  }

  private Set<String> texts(String field, long[] ords) throws IOException {
    if (ords == null || ords.length == 0) {
      return Set.of();
    }
    SortedSetDocValues values = leaf.reader().getSortedSetDocValues(field);
    Set<String> all = new HashSet<>();
    for (long ord : ords) {
      all.add(values.lookupOrd(ord).utf8ToString());
    }
    return all;
  }
}
