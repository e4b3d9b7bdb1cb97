package kiosque.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.util.Locale;
import org.apache.lucene.analysis.util.CharArrayIterator;

/**
 * The JDK's French sentence iterator, reading the text from a char array (Lucene's
 * {@link CharArrayIterator}, which also works around old JDKs' break-iterator bugs) rather than
 * through a {@code String}'s character iterator. The highlighter's calls ({@code preceding}, {@code following})
 * read far backwards and forwards one character at a time, and most of a pasted sentence's
 * highlighting is there: from an array it costs about a fifth less (docs/benchmarks.md, session 9).
 * The same iterator reads the same characters at the same indices, so every answer is the same, the
 * JDK's quirks included ({@code CharArraySentencesProperties}); computing the breaks any other way
 * moved excerpts (its {@code preceding} answers breaks its forward walk never finds).
 */
final class CharArraySentences extends BreakIterator {

  private BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.FRENCH);

  @Override
  public void setText(String newText) {
    char[] text = newText.toCharArray();
    CharArrayIterator characters = CharArrayIterator.newSentenceInstance();
    characters.setText(text, 0, text.length);
    sentences.setText(characters);
  }

  @Override
  public void setText(CharacterIterator newText) {
    sentences.setText(newText);
  }

  @Override
  public CharacterIterator getText() {
    return sentences.getText();
  }

  @Override
  public int first() {
    return sentences.first();
  }

  @Override
  public int last() {
    return sentences.last();
  }

  @Override
  public int next(int n) {
    return sentences.next(n);
  }

  @Override
  public int next() {
    return sentences.next();
  }

  @Override
  public int previous() {
    return sentences.previous();
  }

  @Override
  public int following(int offset) {
    return sentences.following(offset);
  }

  @Override
  public int preceding(int offset) {
    return sentences.preceding(offset);
  }

  @Override
  public boolean isBoundary(int offset) {
    return sentences.isBoundary(offset);
  }

  @Override
  public int current() {
    return sentences.current();
  }

  @Override
  public Object clone() {
    CharArraySentences copy = (CharArraySentences) super.clone();
    copy.sentences = (BreakIterator) sentences.clone();
    return copy;
  }
}
