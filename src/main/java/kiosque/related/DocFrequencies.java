package kiosque.related;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
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

  private final ConcurrentHashMap<String, Integer> frequencies = new ConcurrentHashMap<>();
  private volatile Object readerKey;

  int of(IndexReader reader, String field, String term) throws IOException {
    IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
    Object key = helper == null ? reader : helper.getKey();
    if (key != readerKey) {
      synchronized (this) {
        if (key != readerKey) {
          frequencies.clear();
          readerKey = key;
        }
      }
    }
    String entry = field + '\u0000' + term;
    Integer known = frequencies.get(entry);
    if (known != null) {
      return known;
    }
    int df = reader.docFreq(new Term(field, term));
    if (frequencies.size() < MAX_ENTRIES) {
      frequencies.put(entry, df);
    }
    return df;
  }
}
