package kiosque.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BoostAttribute;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CharsRefBuilder;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Vouliez-vous dire ...": replaces each word that appears in no article by the word the reader most
 * likely meant, from the index's own vocabulary (title, standfirst and body, unstemmed, accents
 * kept), so the proposal is always something the archive contains and stays current as it changes.
 *
 * <p>Likely means common in the archive and close by a typist's slip: among the near spellings
 * Lucene finds, the one with the best {@code ln(1 + articles using it) - SLIP_COST * distance} wins,
 * the distance counting a letter left out as less than a letter replaced ({@link TypingDistance}).
 * So {@code Trmp} proposes "Trump" rather than "Trop", and a word ten times as common makes up for
 * about one more slip.
 */
final class Speller {

  private static final Analyzer SPELLING = new NewsAnalyzer(NewsAnalyzer.Chain.SPELLING);
  /** Near spellings weighed per word: enough to hold the likely one, few enough to cost nothing. */
  static final int CANDIDATES = 12;
  /** What one replaced letter costs in log-frequency: a word e^2 (about 7) times as common makes up for it. */
  static final double SLIP_COST = 2.0;
  /**
   * The reader's text with misspelt words replaced, keeping the rest as typed; empty when nothing changes.
   * The words' Levenshtein automata come from {@code near}, which the search's near spellings share.
   */
  Optional<String> correct(String text, IndexReader reader, NearSpellings near) throws IOException {
    DirectSpellChecker checker = checker(near);
    StringBuilder corrected = new StringBuilder(text);
    boolean changed = false;
    var tokens = UserQuery.tokens(SPELLING, text);
    for (int i = tokens.size() - 1; i >= 0; i--) {
      UserQuery.Token token = tokens.get(i);
      if (token.term().chars().anyMatch(Character::isDigit)) {
        continue;
      }
      SuggestWord[] suggestions = checker.suggestSimilar(new Term(ArticleDocument.SPELLING, token.term()), CANDIDATES,
          reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
      Optional<String> likely = mostLikely(token.term(), suggestions);
      // A suggestion that differs only by accents would find the same articles: the search already folds them.
      if (likely.isPresent() && !fold(likely.get()).equals(fold(token.term()))) {
        String typed = text.substring(token.start(), token.end());
        corrected.replace(token.start(), token.end(), keepCapital(typed, replacementFor(typed, token, likely.get())));
        changed = true;
      }
    }
    return changed ? Optional.of(corrected.toString()) : Optional.empty();
  }

  /** Lucene's spell checker as the speller sets it, reading near spellings with the search's automata. */
  static DirectSpellChecker checker(NearSpellings near) {
    return configured(new SharedAutomataChecker(near));
  }

  static DirectSpellChecker configured(DirectSpellChecker checker) {
    checker.setMaxEdits(2);
    checker.setMinPrefix(NearSpellings.PREFIX);
    checker.setMinQueryLength(4);
    // Longer "words" are pasted codes or noise, not typos; their automata would only cost time.
    checker.setMaxQueryLength(TextQueries.MAX_FUZZY_LENGTH);
    checker.setAccuracy(0.7f);
    return checker;
  }

  /** The near spelling most likely meant: common in the archive, and a small slip away. */
  static Optional<String> mostLikely(String typed, SuggestWord[] suggestions) {
    String folded = fold(typed);
    SuggestWord best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (SuggestWord suggestion : suggestions) {
      double score = likelihood(folded, suggestion);
      if (score > bestScore) {
        best = suggestion;
        bestScore = score;
      }
    }
    return Optional.ofNullable(best).map(word -> word.string);
  }

  private static double likelihood(String foldedTyped, SuggestWord suggestion) {
    return Math.log1p(suggestion.freq) - SLIP_COST * TypingDistance.between(foldedTyped, fold(suggestion.string));
  }

  /** The elided article stays in front of the corrected word: l'Marakech becomes l'Marrakech. */
  private static String replacementFor(String typed, UserQuery.Token token, String suggestion) {
    int apostrophe = Math.max(typed.lastIndexOf('\''), typed.lastIndexOf('’'));
    return apostrophe >= 0 && typed.length() - apostrophe - 1 == token.term().length()
        ? typed.substring(0, apostrophe + 1) + suggestion : suggestion;
  }

  private static String keepCapital(String typed, String replacement) {
    int first = firstLetter(typed);
    int at = firstLetter(replacement);
    if (first < 0 || at < 0 || !Character.isUpperCase(typed.charAt(first))) {
      return replacement;
    }
    return replacement.substring(0, at) + replacement.substring(at, at + 1).toUpperCase(Locale.ROOT)
        + replacement.substring(at + 1);
  }

  private static int firstLetter(String text) {
    int apostrophe = Math.max(text.lastIndexOf('\''), text.lastIndexOf('’'));
    for (int i = apostrophe + 1; i < text.length(); i++) {
      if (Character.isLetter(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Lucene's spell checker, its near spellings read with the search's automata ({@link NearTermsEnum})
   * rather than with automata of its own (for one edit, then two, for each word). Each pass keeps the
   * same candidates as Lucene's: the closest, then the most frequent, that are not the word itself,
   * are in some article and are similar enough ({@code NearSpellingsProperties} checks it). One per
   * search: it holds that search's automata.
   */
  private static final class SharedAutomataChecker extends DirectSpellChecker {
    private final NearSpellings near;

    SharedAutomataChecker(NearSpellings near) {
      this.near = near;
    }

    @Override
    protected Collection<ScoreTerm> suggestSimilar(Term term, int numSug, IndexReader ir, int docfreq, int editDistance,
        float accuracy, CharsRefBuilder spare) throws IOException {
      // Lucene's prefix for a pass, and its own similarity as the score: otherwise, Lucene's own pass.
      if (Math.max(getMinPrefix(), editDistance - 1) != NearSpellings.PREFIX || getDistance() != INTERNAL_LEVENSHTEIN) {
        return super.suggestSimilar(term, numSug, ir, docfreq, editDistance, accuracy, spare);
      }
      Terms terms = MultiTerms.getTerms(ir, term.field());
      if (terms == null) {
        return List.of();
      }
      TermsEnum candidates = new NearTermsEnum(terms, term.text(), near.upTo(term.text(), editDistance));
      BoostAttribute similarity = candidates.attributes().addAttribute(BoostAttribute.class);
      BytesRef typed = new BytesRef(term.text());
      PriorityQueue<ScoreTerm> best = new PriorityQueue<>();
      for (BytesRef candidate = candidates.next(); candidate != null; candidate = candidates.next()) {
        float score = similarity.getBoost();
        boolean beaten = best.size() >= numSug && score <= best.peek().boost;
        if (beaten || typed.bytesEquals(candidate) || score < accuracy) {
          continue;
        }
        int articles = candidates.docFreq();
        if (articles <= docfreq) {
          continue;
        }
        ScoreTerm kept = new ScoreTerm();
        kept.term = BytesRef.deepCopyOf(candidate);
        kept.boost = score;
        kept.score = score;
        kept.docfreq = articles;
        best.offer(kept);
        if (best.size() > numSug) {
          best.poll();
        }
      }
      return best;
    }
  }

  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
