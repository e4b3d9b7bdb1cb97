package kiosque.search;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.Arrays;
import java.util.Locale;

/**
 * The JDK's French sentence breaks, found forwards once per text and then answered by a binary
 * search. The JDK's own {@code preceding} and {@code following} read the text backwards from far
 * before the offset at every call, and the highlighter calls them for each sentence holding a
 * searched word: two thirds of a pasted sentence's highlighting (docs/benchmarks.md, session 8).
 * The breaks are the same (checked at every offset by {@code ForwardSentenceBreaksProperties}), so
 * the excerpts are too. Breaks are found only as far into the text as a call needs.
 */
final class ForwardSentenceBreaks extends BreakIterator {

  private BreakIterator sentences;
  private CharacterIterator text;
  /** The breaks found so far, in order: {@code breaks[0 .. found)}. */
  private int[] breaks = new int[32];
  private int found;
  /** True once the text's last break is among those found. */
  private boolean complete;
  /** The index in {@code breaks} of the current break. */
  private int at;

  ForwardSentenceBreaks() {
    this(BreakIterator.getSentenceInstance(Locale.FRENCH));
  }

  ForwardSentenceBreaks(BreakIterator sentences) {
    this.sentences = sentences;
    setText(new StringCharacterIterator(""));
  }

  @Override
  public void setText(CharacterIterator newText) {
    sentences.setText(newText);
    text = newText;
    breaks[0] = sentences.first();
    found = 1;
    complete = false;
    at = 0;
  }

  @Override
  public CharacterIterator getText() {
    return text;
  }

  @Override
  public int current() {
    return breaks[at];
  }

  @Override
  public int first() {
    at = 0;
    return breaks[0];
  }

  @Override
  public int last() {
    while (findNext()) {
      // to the end of the text
    }
    at = found - 1;
    return breaks[at];
  }

  @Override
  public int next() {
    if (at + 1 < found || findNext()) {
      return breaks[++at];
    }
    return DONE;
  }

  @Override
  public int next(int n) {
    int result = current();
    for (; n > 0 && result != DONE; n--) {
      result = next();
    }
    for (; n < 0 && result != DONE; n++) {
      result = previous();
    }
    return result;
  }

  @Override
  public int previous() {
    if (at == 0) {
      return DONE;
    }
    return breaks[--at];
  }

  /** The first break after {@code offset}; at the text's end, none, and the position moves to the last break. */
  @Override
  public int following(int offset) {
    checkOffset(offset);
    while (breaks[found - 1] <= offset && findNext()) {
      // forwards until a break beyond the offset
    }
    int index = Arrays.binarySearch(breaks, 0, found, offset);
    int after = index >= 0 ? index + 1 : -index - 1;
    if (after == found) {
      at = found - 1;
      return DONE;
    }
    at = after;
    return breaks[at];
  }

  /** The last break before {@code offset}; at the text's start, none, and the position moves to the first break. */
  @Override
  public int preceding(int offset) {
    checkOffset(offset);
    while (breaks[found - 1] < offset && findNext()) {
      // forwards until a break at or beyond the offset
    }
    int index = Arrays.binarySearch(breaks, 0, found, offset);
    int before = (index >= 0 ? index : -index - 1) - 1;
    if (before < 0) {
      at = 0;
      return DONE;
    }
    at = before;
    return breaks[at];
  }

  @Override
  public boolean isBoundary(int offset) {
    checkOffset(offset);
    if (offset == text.getBeginIndex()) {
      return true;
    }
    return following(offset - 1) == offset;
  }

  @Override
  public Object clone() {
    ForwardSentenceBreaks copy = (ForwardSentenceBreaks) super.clone();
    copy.sentences = (BreakIterator) sentences.clone();
    copy.breaks = breaks.clone();
    return copy;
  }

  /** The JDK's next break, added to those found; false at the end of the text. */
  private boolean findNext() {
    if (complete) {
      return false;
    }
    int next = sentences.next();
    if (next == DONE) {
      complete = true;
      return false;
    }
    if (found == breaks.length) {
      breaks = Arrays.copyOf(breaks, found * 2);
    }
    breaks[found++] = next;
    return true;
  }

  private void checkOffset(int offset) {
    if (offset < text.getBeginIndex() || offset > text.getEndIndex()) {
      throw new IllegalArgumentException("offset out of bounds");
    }
  }
}
