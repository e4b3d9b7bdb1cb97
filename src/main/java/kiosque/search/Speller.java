package kiosque.search;

import java.io.IOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
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
  private final DirectSpellChecker checker = new DirectSpellChecker();

  Speller() {
    checker.setMaxEdits(2);
    checker.setMinPrefix(1);
    checker.setMinQueryLength(4);
    // Longer "words" are pasted codes or noise, not typos; their automata would only cost time.
    checker.setMaxQueryLength(TextQueries.MAX_FUZZY_LENGTH);
    checker.setAccuracy(0.7f);
  }

  /** The reader's text with misspelt words replaced, keeping the rest as typed; empty when nothing changes. */
  Optional<String> correct(String text, IndexReader reader) throws IOException {
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

  private static String fold(String word) {
    return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
  }
}
