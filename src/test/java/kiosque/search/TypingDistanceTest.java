package kiosque.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.spell.SuggestWord;
import org.junit.jupiter.api.Test;

class TypingDistanceTest {

  @Test
  void aLetterLeftOutCostsLessThanALetterReplaced() {
    assertThat(TypingDistance.between("trmp", "trump")).isLessThan(TypingDistance.between("trmp", "trop"));
    assertThat(TypingDistance.between("gouvernment", "gouvernement")).isEqualTo(TypingDistance.LEFT_OUT);
  }

  @Test
  void swappedAndDoubledLettersAreCheapSlips() {
    assertThat(TypingDistance.between("catalonge", "catalogne")).isEqualTo(TypingDistance.SWAPPED);
    assertThat(TypingDistance.between("morandinni", "morandini")).isEqualTo(TypingDistance.DOUBLED);
    assertThat(TypingDistance.between("macron", "macron")).isZero();
  }

  @Test
  void frequencyMakesUpForASlipOnlyWhenTheWordIsMuchMoreCommon() {
    SuggestWord trop = word("trop", 37);
    SuggestWord trump = word("trump", 39);
    assertThat(Speller.mostLikely("trmp", new SuggestWord[] {trop, trump})).contains("trump");
    // Ten times as common and one slip further: the archive's word wins.
    SuggestWord rare = word("marakech", 1);
    SuggestWord common = word("marrakech", 30);
    assertThat(Speller.mostLikely("marakesh", new SuggestWord[] {rare, common})).contains("marrakech");
  }

  private static SuggestWord word(String text, int freq) {
    SuggestWord word = new SuggestWord();
    word.string = text;
    word.freq = freq;
    return word;
  }
}
