package kiosque.related;

import java.util.HashSet;
import java.util.Set;
import kiosque.content.NameKeys;

/** Near-identical headlines: the same dispatch twice, or an update republished under a new id. */
final class Titles {

  /** Words shared over words in either: above this, two headlines tell the same thing. */
  static final double NEAR_IDENTICAL = 0.6;

  private static final Set<String> SMALL_WORDS = Set.of("les", "des", "une", "est", "aux", "par", "pour", "dans",
      "sur", "avec", "qui", "que", "son", "ses", "leur", "pas", "plus", "the");

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
