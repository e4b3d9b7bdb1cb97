package kiosque.related;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Document frequencies remembered for the current index reader: computing lists asks for the
 * same words again and again, and each lookup is a dictionary seek in every segment. Forgotten
 * when the reader changes (the index refreshed), so they are never stale.
 */
final class DocFrequencies {

  /** About 40 MB at most; past it, new words are looked up without being remembered. */
  private static final int MAX_ENTRIES = 400_000;

  /**
   * By field, then by term: the term is the caller's own string (its hash already computed), where a
   * joined key would be a new string to build and hash on every lookup.
   */
  private final ConcurrentHashMap<String, ConcurrentHashMap<String, Integer>> frequencies = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private volatile Object readerKey;

  int of(IndexReader reader, String field, String term) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    if (key != readerKey) {
      synchronized (this) {
        if (key != readerKey) {
          frequencies.clear();
          size.set(0);
          readerKey = key;
        }
      }
    }
    ConcurrentHashMap<String, Integer> ofField = frequencies.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
    Integer known = ofField.get(term);
    if (known != null) {
      return known;
    }
    int df = reader.docFreq(new Term(field, term));
    if (size.get() < MAX_ENTRIES && ofField.put(term, df) == null) {
      size.incrementAndGet();
    }
    return df;
  }
}
