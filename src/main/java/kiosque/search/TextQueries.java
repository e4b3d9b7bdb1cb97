package kiosque.search;

import static kiosque.search.ArticleDocument.BODY;
import static kiosque.search.ArticleDocument.SUMMARY;
import static kiosque.search.ArticleDocument.TITLE;
import static kiosque.search.ArticleDocument.TITLE_WORDS;
import static kiosque.search.ArticleDocument.TOPIC_TEXT;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries built from a {@link UserQuery}, never from raw text. Each word may match in any
 * field, the best field counting most (a headline match beats a body match); most words must
 * match; quoted phrases must.
 */
final class TextQueries {

  static final float TITLE_BOOST = 3f;
  static final float TITLE_WORDS_BOOST = 3.5f;
  static final float TOPIC_BOOST = 2f;
  static final float SUMMARY_BOOST = 1.5f;
  static final float BODY_BOOST = 1f;
  /** A word's other fields add this share of their score to its best one. */
  private static final float TIE_BREAKER = 0.2f;
  /** Typo-tolerant words: enough to fix a short query, few enough to stay under the clause limit. */
  private static final int MAX_FUZZY_WORDS = 8;
  private static final int MAX_FUZZY_EXPANSIONS = 20;
  /** Longer terms are pasted codes or noise rather than typos. */
  static final int MAX_FUZZY_LENGTH = 30;

  private TextQueries() {}

  static Query exact(UserQuery query) {
    return build(query, false);
  }

  /** The exact query where each word may also be a near spelling; exact spellings still score higher. */
  static Query fuzzy(UserQuery query) {
    return build(query, true);
  }

  private static Query build(UserQuery query, boolean fuzzy) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<UserQuery.Word> words = query.words();
    for (int i = 0; i < words.size(); i++) {
      all.add(word(words.get(i), fuzzy && i < MAX_FUZZY_WORDS), Occur.SHOULD);
    }
    all.setMinimumNumberShouldMatch(required(words.size()));
    for (List<UserQuery.PhraseTerm> phrase : query.phrases()) {
      all.add(phrase(phrase), Occur.MUST);
    }
    return all.build();
  }

  /** Short queries need every word; longer ones three quarters of them, a pasted sentence still finds its article. */
  static int required(int words) {
    return words <= 3 ? words : (int) Math.ceil(words * 0.75);
  }

  private static Query word(UserQuery.Word word, boolean fuzzy) {
    List<Query> fields = new ArrayList<>();
    fields.add(boosted(new TermQuery(new Term(TITLE, word.stem())), TITLE_BOOST));
    fields.add(boosted(new TermQuery(new Term(TITLE_WORDS, word.exact())), TITLE_WORDS_BOOST));
    fields.add(boosted(new TermQuery(new Term(TOPIC_TEXT, word.stem())), TOPIC_BOOST));
    fields.add(boosted(new TermQuery(new Term(SUMMARY, word.stem())), SUMMARY_BOOST));
    fields.add(new TermQuery(new Term(BODY, word.stem())));
    int edits = editsAllowed(word.stem());
    if (fuzzy && edits > 0) {
      // Below the exact fields' boosts: a near spelling never outranks the word itself.
      fields.add(boosted(fuzzy(TITLE, word.stem(), edits), TITLE_BOOST * 0.6f));
      fields.add(boosted(fuzzy(BODY, word.stem(), edits), BODY_BOOST * 0.6f));
    }
    return new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  /** Short words tolerate no typo (too many neighbours), middle ones one, long ones two. */
  static int editsAllowed(String term) {
    int length = term.codePointCount(0, term.length());
    return length < 4 || length > MAX_FUZZY_LENGTH ? 0 : length < 7 ? 1 : 2;
  }

  private static Query fuzzy(String field, String term, int edits) {
    return new FuzzyQuery(new Term(field, term), edits, 1, MAX_FUZZY_EXPANSIONS, true);
  }

  private static Query phrase(List<UserQuery.PhraseTerm> terms) {
    List<Query> fields = new ArrayList<>();
    fields.add(boosted(phrase(TITLE, terms), TITLE_BOOST));
    fields.add(boosted(phrase(SUMMARY, terms), SUMMARY_BOOST));
    fields.add(phrase(BODY, terms));
    return new DisjunctionMaxQuery(fields, TIE_BREAKER);
  }

  private static Query phrase(String field, List<UserQuery.PhraseTerm> terms) {
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (UserQuery.PhraseTerm term : terms) {
      phrase.add(new Term(field, term.term()), term.position());
    }
    return phrase.build();
  }

  private static Query boosted(Query query, float boost) {
    return new BoostQuery(query, boost);
  }
}
