package kiosque.search;

import java.io.IOException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.WeakHashMap;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.ConstantScoreScorerSupplier;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

/**
 * The documents published at or after a date, as a filter. In a segment sorted newest first
 * ({@link ArticleDocument#INDEX_SORT}) they are its first documents, up to the first older one:
 * found by a binary search of the dates and remembered per segment, since the related lists ask
 * for the same window (the last 180 days, moving by the millisecond) article after article. Lucene's
 * {@code IndexSortSortedNumericDocValuesRangeQuery} searched again at every query, half the cost
 * of the recent search (docs/benchmarks.md, session 10). Segments in another order fall back to
 * the date's points.
 */
final class PublishedSinceQuery extends Query {

  /** Per segment (its core's cache key, dropped with it), the last prefix found. */
  private static final Map<IndexReader.CacheKey, Prefix> PREFIXES = Collections.synchronizedMap(new WeakHashMap<>());

  private final long since;

  PublishedSinceQuery(long since) {
    this.since = since;
  }

  /** The first {@code end} documents of a segment are recent for every date in (olderValue, lastValue]. */
  private record Prefix(int end, long lastValue, long olderValue) {
    boolean holds(long since) {
      return since > olderValue && since <= lastValue;
    }
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
    Query points = LongPoint.newRangeQuery(ArticleDocument.PUBLISHED, since, Long.MAX_VALUE);
    Weight unsorted = searcher.createWeight(searcher.rewrite(points), scoreMode, boost);
    return new ConstantScoreWeight(this, boost) {
      @Override
      public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
        LeafReader reader = context.reader();
        IndexReader.CacheHelper core = reader.getCoreCacheHelper();
        if (core == null || !ArticleDocument.INDEX_SORT.equals(reader.getMetaData().sort())) {
          return unsorted.scorerSupplier(context);
        }
        Prefix prefix = PREFIXES.get(core.getKey());
        if (prefix == null || !prefix.holds(since)) {
          prefix = prefix(reader, since);
          PREFIXES.put(core.getKey(), prefix);
        }
        if (prefix.end() == 0) {
          return null;
        }
        return ConstantScoreScorerSupplier.fromIterator(DocIdSetIterator.range(0, prefix.end()), score(), scoreMode,
            reader.maxDoc());
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        // The window moves with the clock: a cached set would serve one query only.
        return false;
      }
    };
  }

  /** The first document older than {@code since}, by a binary search of a segment sorted newest first. */
  private static Prefix prefix(LeafReader reader, long since) throws IOException {
    int low = 0;
    int high = reader.maxDoc();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (published(reader, mid) >= since) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    long last = low == 0 ? Long.MAX_VALUE : published(reader, low - 1);
    long older = low == reader.maxDoc() ? Long.MIN_VALUE : published(reader, low);
    return new Prefix(low, last, older);
  }

  private static long published(LeafReader reader, int doc) throws IOException {
    // Doc values only move forward: a binary search asks each probe of a new iterator.
    NumericDocValues values = reader.getNumericDocValues(ArticleDocument.PUBLISHED);
    // Without a date the index sort puts a document last, as the oldest.
    return values != null && values.advanceExact(doc) ? values.longValue() : Long.MIN_VALUE;
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(ArticleDocument.PUBLISHED)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String field) {
    return ArticleDocument.PUBLISHED + ">=" + since;
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && since == ((PublishedSinceQuery) other).since;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), since);
  }
}
