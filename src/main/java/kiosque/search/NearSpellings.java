package kiosque.search;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.util.automaton.CompiledAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * The Levenshtein automata of the words one search looks up by near spelling, each built once. The
 * typo fallback looks a typed word up three times: "Vouliez-vous dire" in the spelling field (one
 * edit, then two), the near spellings in the headline, then in the text. Lucene builds the automata
 * again for each (a fuzzy query shares them across segments only), and building them was a quarter of
 * the fallback's CPU at 100,000 articles (docs/benchmarks.md, session 9). One instance serves one
 * search, on one thread.
 *
 * <p>The automata are Lucene's fuzzy query's: the first letter as typed, then up to the given number
 * of insertions, deletions, replacements or swaps of two neighbours.
 */
final class NearSpellings {

  /** Near spellings keep the word's first letter, as the reader's fuzzy queries and the speller ask. */
  static final int PREFIX = 1;

  private final Map<String, Word> words = new HashMap<>();

  /** For each number of edits from 0 to {@code maxEdits}, the automaton of the spellings that far from {@code word}. */
  CompiledAutomaton[] upTo(String word, int maxEdits) {
    return words.computeIfAbsent(word, Word::new).upTo(maxEdits);
  }

  private static final class Word {
    private final LevenshteinAutomata levenshtein;
    private final String prefix;
    private final CompiledAutomaton[] automata = new CompiledAutomaton[LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE + 1];

    Word(String word) {
      int[] codePoints = word.codePoints().toArray();
      int prefixLength = Math.min(PREFIX, codePoints.length);
      this.prefix = new String(codePoints, 0, prefixLength);
      this.levenshtein = new LevenshteinAutomata(Arrays.copyOfRange(codePoints, prefixLength, codePoints.length),
          Character.MAX_CODE_POINT, true);
    }

    CompiledAutomaton[] upTo(int maxEdits) {
      for (int edits = 0; edits <= maxEdits; edits++) {
        if (automata[edits] == null) {
          automata[edits] = new CompiledAutomaton(levenshtein.toAutomaton(edits, prefix), true, false);
        }
      }
      return Arrays.copyOf(automata, maxEdits + 1);
    }
  }
}
