package kiosque.related;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.IOSupplier;

/**
 * Each term's entry in every segment's dictionary, looked up once for one article's lists on one
 * searcher. The similarity query runs twice (all articles, then the recent ones for the
 * recommendations) and the reason lines read the strongest terms' postings again: without this,
 * each seeks its terms in every segment's dictionary anew (at 100,000 articles the two searches'
 * seeks were a seventh of a list's CPU, docs/benchmarks.md).
 * The scores are the same: a {@link TermQuery} given its {@link TermStates} only skips the seek.
 *
 * <p>Not thread-safe, and bound to the searcher it was made with: one per computation.
 */
final class LookedUpTerms {

  private final IndexSearcher searcher;
  private final Map<Term, TermStates> states = new HashMap<>();

  LookedUpTerms(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  /** A term query whose dictionary lookups are shared with every other use of the term here. */
  Query query(Term term) throws IOException {
    return new TermQuery(term, states(term));
  }

  /** The term's postings in one segment, or null where the segment lacks it. */
  PostingsEnum postings(LeafReaderContext leaf, Term term, int flags) throws IOException {
    return postings(leaf, term, flags, null);
  }

  /**
   * The same, reusing {@code reuse} (postings of the same field and segment, no longer read) when
   * it can: a postings reader's buffers cost more to allocate than a short read of it.
   */
  PostingsEnum postings(LeafReaderContext leaf, Term term, int flags, PostingsEnum reuse) throws IOException {
    IOSupplier<TermState> inLeaf = states(term).get(leaf);
    TermState state = inLeaf == null ? null : inLeaf.get();
    if (state == null) {
      return null;
    }
    Terms terms = leaf.reader().terms(term.field());
    if (terms == null) {
      return null;
    }
    TermsEnum dictionary = terms.iterator();
    dictionary.seekExact(term.bytes(), state);
    return dictionary.postings(reuse, flags);
  }

  private TermStates states(Term term) throws IOException {
    TermStates known = states.get(term);
    if (known == null) {
      known = TermStates.build(searcher, term, true);
      states.put(term, known);
    }
    return known;
  }
}
