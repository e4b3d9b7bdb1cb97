package kiosque.search;

import static kiosque.search.ArticleDocument.BODY;
import static kiosque.search.ArticleDocument.BODY_FORMS;
import static kiosque.search.ArticleDocument.SUMMARY;
import static kiosque.search.ArticleDocument.SUMMARY_FORMS;
import static kiosque.search.ArticleDocument.TITLE;
import static kiosque.search.ArticleDocument.TITLE_FORMS;
import static kiosque.search.ArticleDocument.TITLE_WORDS;
import static kiosque.search.ArticleDocument.TOPIC_TEXT;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Lucene queries built from a {@link UserQuery}, never from raw text. Each word may match in any
 * field, the best field counting most (a headline match beats a body match); most words must
 * match; quoted phrases must.
 *
 * <p>A word scores several times over: by its stem (équipe finds équipements, marocain finds Maroc),
 * again by its form give or take a plural, and again where the very word typed is in the headline,
 * so the word the reader typed ranks above the words that merely share its stem. Words typed next to
 * each other score again where they stand close together in the article (each pair of neighbours as
 * a sloppy phrase): "loi travail" ranks the law above an article where both words appear apart.
 */
final class TextQueries {

  static final float TITLE_BOOST = 3f;
  static final float TOPIC_BOOST = 2f;
  static final float SUMMARY_BOOST = 1.5f;
  static final float BODY_BOOST = 1f;
  /**
   * The exact form's score beside the stem's: enough that the word typed, even in the text, ranks
   * above a headline that only shares its stem (équipe in the text above équipements in the headline).
   */
  static final float EXACT_WEIGHT = 3f;
  /** Two typed neighbours close together in a field, beside the words' own scores. */
  static final float PROXIMITY_WEIGHT = 0.5f;
  /** How far apart two neighbours may stand beyond their distance in the query (a name, an adjective between). */
  static final int PROXIMITY_SLOP = 3;
  /** Proximity for the first words only: a pasted sentence gains nothing from dozens of phrase queries but their cost. */
  static final int MAX_PROXIMITY_WORDS = 8;
  /** A word's other fields add this share of their score to its best one. */
  private static final float TIE_BREAKER = 0.2f;
  /** Typo-tolerant words: enough to fix a short query, few enough to stay under the clause limit. */
  private static final int MAX_FUZZY_WORDS = 8;
  private static final int MAX_FUZZY_EXPANSIONS = 20;
  /** Longer terms are pasted codes or noise rather than typos. */
  static final int MAX_FUZZY_LENGTH = 30;

  private TextQueries() {}

  /** What must match and what ranks, as one query: the newsroom's archive scores every match with it. */
  static Query exact(UserQuery query) {
    Query matched = matching(query);
    List<Query> pairs = pairs(query.words());
    if (pairs.isEmpty()) {
      return matched;
    }
    // Proximity only ranks: it sits beside what must match, so it never adds a result of its own.
    BooleanQuery.Builder all = new BooleanQuery.Builder().add(matched, Occur.MUST);
    pairs.forEach(pair -> all.add(pair, Occur.SHOULD));
    return all.build();
  }

  /** The words (most of them) and the quoted phrases, each word scored by stem, form and headline. */
  static Query matching(UserQuery query) {
    return build(query, null);
  }

  /**
   * {@link #matching} where each word may also be a near spelling; exact spellings still score higher.
   * The near spellings' automata come from {@code near}, which the search's speller shares.
   */
  static Query fuzzyMatching(UserQuery query, NearSpellings near) {
    return build(query, near);
  }

  /**
   * Typed neighbours standing close together, a score to add to {@link #matching}'s: it reads
   * positions, so the reader's search adds it to its first hits only (a rescoring), not to every
   * match. Empty for a single word.
   */
  static Optional<Query> proximity(UserQuery query) {
    List<Query> pairs = pairs(query.words());
    if (pairs.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    pairs.forEach(pair -> any.add(pair, Occur.SHOULD));
    return Optional.of(any.build());
  }

  /**
   * What a search finds, scored cheaply to pick the candidates that {@link #matching}'s full score
   * then ranks. Per word (most of them, as {@link #matching} requires), its stem in the headline,
   * topics, standfirst or text: four posting lists where the full query reads eight, since a word's
   * forms and headline words are found by its stem (docs/benchmarks.md measures the difference). Only
   * the headline and the text score, without positions; the other two match at no score. Quoted phrases
   * must match, unscored, and their terms score as words do.
   */
  static Query firstPass(UserQuery query) {
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    List<UserQuery.Word> words = query.words();
    if (!words.isEmpty()) {
      BooleanQuery.Builder most = new BooleanQuery.Builder();
      words.forEach(word -> most.add(stem(word.stem()), Occur.SHOULD));
      most.setMinimumNumberShouldMatch(required(words.size(), query.question()));
      all.add(most.build(), Occur.MUST);
    }
    for (List<UserQuery.PhraseTerm> phrase : query.phrases()) {
      all.add(phrase(phrase), Occur.FILTER);
      phrase.forEach(term -> all.add(stem(term.term()), Occur.SHOULD));
    }
    return all.build();
  }

  /** A stem anywhere a word is searched, scored in the headline or the text. */
  private static Query stem(String stem) {
    return new DisjunctionMaxQuery(List.of(boosted(new TermQuery(new Term(TITLE, stem)), TITLE_BOOST),
        new TermQuery(new Term(BODY, stem)), unscored(new Term(TOPIC_TEXT, stem)), unscored(new Term(SUMMARY, stem))),
        TIE_BREAKER);
  }

  /** Matches without reading frequencies or norms, and adds nothing to the score. */
  private static Query unscored(Term term) {
    return new BoostQuery(new ConstantScoreQuery(new TermQuery(term)), 0f);
  }

  /** @param near the near spellings' automata; null: exact words only */
  private static Query build(UserQuery query, NearSpellings near) {
    BooleanQuery.Builder matched = new BooleanQuery.Builder();
    List<UserQuery.Word> words = query.words();
    for (int i = 0; i < words.size(); i++) {
      matched.add(word(words.get(i), i < MAX_FUZZY_WORDS ? near : null), Occur.SHOULD);
    }
    matched.setMinimumNumberShouldMatch(required(words.size(), query.question()));
    for (List<UserQuery.PhraseTerm> phrase : query.phrases()) {
      matched.add(phrase(phrase), Occur.MUST);
    }
    return matched.build();
  }

  /**
   * Short queries need every word; longer ones three quarters of them, a pasted sentence still finds
   * its article. A question needs one word fewer: "qui a gagné l'Eurovision 2018 ?" asks with a verb
   * the article may not use.
   */
  static int required(int words, boolean question) {
    int required = words <= 3 ? words : (int) Math.ceil(words * 0.75);
    return question && words >= 2 ? Math.min(required, words - 1) : required;
  }

  private static Query word(UserQuery.Word word, NearSpellings near) {
    List<Query> stems = new ArrayList<>();
    stems.add(boosted(new TermQuery(new Term(TITLE, word.stem())), TITLE_BOOST));
    stems.add(boosted(new TermQuery(new Term(TOPIC_TEXT, word.stem())), TOPIC_BOOST));
    stems.add(boosted(new TermQuery(new Term(SUMMARY, word.stem())), SUMMARY_BOOST));
    stems.add(new TermQuery(new Term(BODY, word.stem())));
    int edits = editsAllowed(word.stem());
    if (near != null && edits > 0) {
      // Below the exact fields' boosts: a near spelling never outranks the word itself.
      stems.add(boosted(fuzzy(TITLE, word.stem(), edits, near), TITLE_BOOST * 0.6f));
      stems.add(boosted(fuzzy(BODY, word.stem(), edits, near), BODY_BOOST * 0.6f));
    }
    List<Query> forms = List.of(
        boosted(new TermQuery(new Term(TITLE_FORMS, word.form())), TITLE_BOOST * EXACT_WEIGHT),
        boosted(new TermQuery(new Term(SUMMARY_FORMS, word.form())), SUMMARY_BOOST * EXACT_WEIGHT),
        boosted(new TermQuery(new Term(BODY_FORMS, word.form())), BODY_BOOST * EXACT_WEIGHT));
    // Any of them matches the word; where several do, the scores add up: the stem, the form give or
    // take a plural, and the very word typed in the headline (élection typed: the singular headline first).
    return new BooleanQuery.Builder()
        .add(new DisjunctionMaxQuery(stems, TIE_BREAKER), Occur.SHOULD)
        .add(new DisjunctionMaxQuery(forms, TIE_BREAKER), Occur.SHOULD)
        .add(boosted(new TermQuery(new Term(TITLE_WORDS, word.exact())), TITLE_BOOST), Occur.SHOULD)
        .build();
  }

  /** Each pair of neighbouring words as a sloppy phrase of stems, in the headline or the text. */
  private static List<Query> pairs(List<UserQuery.Word> words) {
    List<Query> pairs = new ArrayList<>();
    for (int i = 1; i < Math.min(words.size(), MAX_PROXIMITY_WORDS); i++) {
      UserQuery.Word first = words.get(i - 1);
      UserQuery.Word second = words.get(i);
      int gap = second.position() - first.position();
      if (gap <= 0 || first.stem().equals(second.stem())) {
        continue;
      }
      List<Query> fields = new ArrayList<>();
      for (String field : new String[] {TITLE, BODY}) {
        PhraseQuery pair = new PhraseQuery.Builder()
            .add(new Term(field, first.stem()), 0)
            .add(new Term(field, second.stem()), gap)
            .setSlop(PROXIMITY_SLOP)
            .build();
        fields.add(boosted(pair, (field.equals(TITLE) ? TITLE_BOOST : BODY_BOOST) * PROXIMITY_WEIGHT));
      }
      pairs.add(new DisjunctionMaxQuery(fields, TIE_BREAKER));
    }
    return pairs;
  }

  /** Short words tolerate no typo (too many neighbours), middle ones one, long ones two. */
  static int editsAllowed(String term) {
    int length = term.codePointCount(0, term.length());
    return length < 4 || length > MAX_FUZZY_LENGTH ? 0 : length < 7 ? 1 : 2;
  }

  /** Lucene's fuzzy query (first letter kept, swaps as one edit), its automata built once for both fields. */
  private static Query fuzzy(String field, String term, int edits, NearSpellings near) {
    return new NearSpellingQuery(new Term(field, term), edits, MAX_FUZZY_EXPANSIONS, near);
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
