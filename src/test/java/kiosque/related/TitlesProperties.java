package kiosque.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * What the threshold means for headlines of distinct words: a word added to a headline of four
 * words or more leaves a repeat (the same dispatch with a precision); a word changed in a headline
 * of up to eight words does not (a series, a follow-up: the changed word is the news).
 */
class TitlesProperties {

  @Property
  void aWordAddedToAHeadlineOfFourOrMoreLeavesARepeat(@ForAll("headlines") List<String> words,
      @ForAll("words") String added) {
    List<String> longer = new ArrayList<>(words);
    longer.add(added);
    boolean distinct = !words.contains(added);
    assertThat(Titles.nearIdentical(Titles.words(String.join(" ", words)), Titles.words(String.join(" ", longer))))
        .isEqualTo(!distinct || words.size() >= 4);
  }

  @Property
  void aWordChangedInAHeadlineOfUpToEightIsNoRepeat(@ForAll("headlines") List<String> words,
      @ForAll("words") String replacement, @ForAll @IntRange(min = 0, max = 7) int at) {
    int position = at % words.size();
    if (words.contains(replacement)) {
      return;
    }
    List<String> changed = new ArrayList<>(words);
    changed.set(position, replacement);
    assertThat(Titles.nearIdentical(Titles.words(String.join(" ", words)), Titles.words(String.join(" ", changed))))
        .isEqualTo(words.size() >= 9);
  }

  @Property
  void likenessIsSymmetricBetweenZeroAndOneAndOneForTheSameWords(@ForAll("headlines") List<String> a,
      @ForAll("headlines") List<String> b) {
    double ab = Titles.likeness(Titles.words(String.join(" ", a)), Titles.words(String.join(" ", b)));
    assertThat(ab).isBetween(0.0, 1.0)
        .isEqualTo(Titles.likeness(Titles.words(String.join(" ", b)), Titles.words(String.join(" ", a))));
    assertThat(Titles.likeness(Titles.words(String.join(" ", a)), Titles.words(String.join(" ", a).toUpperCase())))
        .isEqualTo(1.0);
  }

  /** Distinct words of a headline, none a small word, none equal to another once folded. */
  @Provide
  Arbitrary<List<String>> headlines() {
    return words().list().uniqueElements().ofMinSize(1).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("bcdfgjkmvz").ofMinLength(4).ofMaxLength(7);
  }
}
