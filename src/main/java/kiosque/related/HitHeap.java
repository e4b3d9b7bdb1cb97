package kiosque.related;

import java.io.IOException;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.PriorityQueue;

/**
 * A bounded heap of the best hits by score, an equal score going to the higher article id: the
 * order {@link Candidates} sorts its candidates in. A top-score collector gives ties to the lower
 * document id instead, and document ids depend on how the index is laid out (in insertion order,
 * or newest first once sorted by date), so which of several equal hits made the list did too.
 */
final class HitHeap {

  private final PriorityQueue<Hit> queue;
  private final int size;

  HitHeap(int size) {
    this.size = size;
    this.queue = new PriorityQueue<>(Math.max(1, size)) {
      @Override
      protected boolean lessThan(Hit a, Hit b) {
        return a.score < b.score || (a.score == b.score && a.articleId < b.articleId);
      }
    };
  }

  /** Whether the hit entered; its article id is read only when its score can enter. */
  boolean offer(int doc, float score, LeafIds ids, int localDoc) throws IOException {
    if (size == 0) {
      return false;
    }
    if (queue.size() < size) {
      queue.add(new Hit(doc, score, ids.of(localDoc)));
      return true;
    }
    Hit bottom = queue.top();
    if (score < bottom.score) {
      return false;
    }
    long articleId = ids.of(localDoc);
    if (score == bottom.score && articleId <= bottom.articleId) {
      return false;
    }
    bottom.doc = doc;
    bottom.score = score;
    bottom.articleId = articleId;
    queue.updateTop();
    return true;
  }

  /**
   * A document scoring below this cannot enter: none until the heap is full, then its last score
   * (an equal score still may, with a higher article id).
   */
  float threshold() {
    if (size == 0) {
      return Float.POSITIVE_INFINITY;
    }
    return queue.size() < size ? 0f : queue.top().score;
  }

  /** The hits, best first; empties the heap. */
  ScoreDoc[] best() {
    ScoreDoc[] hits = new ScoreDoc[queue.size()];
    for (int i = hits.length - 1; i >= 0; i--) {
      Hit hit = queue.pop();
      hits[i] = new ScoreDoc(hit.doc, hit.score);
    }
    return hits;
  }

  private static final class Hit {
    int doc;
    float score;
    long articleId;

    Hit(int doc, float score, long articleId) {
      this.doc = doc;
      this.score = score;
      this.articleId = articleId;
    }
  }

  /** A segment's article ids, the last one read kept: both heaps of a collector may ask for the same document. */
  static final class LeafIds {
    private final NumericDocValues values;
    private int doc = -1;
    private long articleId;

    LeafIds(LeafReader reader) throws IOException {
      this.values = reader.getNumericDocValues(SimilarityIndex.ARTICLE_ID);
    }

    long of(int localDoc) throws IOException {
      if (localDoc != doc) {
        doc = localDoc;
        // A document without an id is skipped by Candidates anyway: it loses every tie.
        articleId = values != null && values.advanceExact(localDoc) ? values.longValue() : Long.MIN_VALUE;
      }
      return articleId;
    }
  }
}
