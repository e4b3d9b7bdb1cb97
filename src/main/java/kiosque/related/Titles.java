package kiosque.related;

import java.util.HashSet;
import java.util.Set;
import kiosque.content.NameKeys;

/**
 * Near-identical headlines: the same dispatch twice, or an update republished under a new id. Both
 * "Aller plus loin" and the recommendations leave out a candidate whose headline is near-identical
 * to the article's or to an item already picked.
 */
final class Titles {

  /**
   * Words shared over words in either: at or above this, two headlines tell the same thing. One word
   * added to a headline of four or more (a dispatch republished with a precision) is still a repeat;
   * one word changed in a headline of up to eight is not: in a series or a follow-up the changed
   * word is the news ({@code Grand Prix Junior de Lituanie} / {@code d'Arménie}, {@code le bilan
   * monte à 37 morts} / {@code 241 morts}, {@code samedi 1er décembre} / {@code 8 décembre}). At
   * 0.6 (until session 11) those were dropped: every pair of Wikinews headlines between 0.6 and 0.8
   * is two different articles, and dropping them cost precision on all three label sets
   * (docs/benchmarks.md, issue 12).
   */
  static final double NEAR_IDENTICAL = 0.8;

  /**
   * Words that say nothing about the news; elided forms ({@code jusqu'}, {@code lorsqu'}) too, the
   * shorter ones ({@code l'}, {@code d'}, {@code qu'}) being under three letters.
   */
  private static final Set<String> SMALL_WORDS = Set.of("les", "des", "une", "est", "aux", "par", "pour", "dans",
      "sur", "avec", "qui", "que", "son", "ses", "leur", "pas", "plus", "the", "jusqu", "lorsqu", "puisqu", "quoiqu",
      "presqu");

  private Titles() {}

  static Set<String> words(String title) {
    Set<String> words = new HashSet<>();
    for (String word : NameKeys.of(title == null ? "" : title).split("[^\\p{L}\\p{N}]+")) {
      // Numbers count whatever their length: "épisode 2" is not "épisode 3".
      if ((word.length() >= 3 || (!word.isEmpty() && Character.isDigit(word.charAt(0)))) && !SMALL_WORDS.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  /** Jaccard similarity of the two headlines' words: 1 for the same words, 0 for none in common. */
  static double likeness(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int shared = 0;
    for (String word : a) {
      if (b.contains(word)) {
        shared++;
      }
    }
    return shared / (double) (a.size() + b.size() - shared);
  }

  static boolean nearIdentical(Set<String> a, Set<String> b) {
    return likeness(a, b) >= NEAR_IDENTICAL;
  }
}
