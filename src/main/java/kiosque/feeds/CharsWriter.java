package kiosque.feeds;

import java.io.Writer;
import java.util.Arrays;

/**
 * A {@link Writer} into a growable char array, without locks. The JDK's {@code XMLStreamWriter}
 * escapes text by writing it to its {@code Writer} one character at a time; a {@code StringWriter}
 * takes a {@code StringBuffer}'s lock and checks its capacity for each of them, which was a quarter
 * of the topics sitemap's CPU (4,121 addresses at 100,000 articles). One document, one thread.
 * JSON-LD is written here ({@link JsonLd}); the feeds' XML goes to a {@code PageWriter}, which
 * encodes as it goes.
 */
final class CharsWriter extends Writer {

  private char[] chars;
  private int length;

  CharsWriter(int expectedChars) {
    this.chars = new char[Math.max(16, expectedChars)];
  }

  @Override
  public void write(int c) {
    if (length == chars.length) {
      grow(1);
    }
    chars[length++] = (char) c;
  }

  @Override
  public void write(char[] source, int offset, int count) {
    if (length + count > chars.length) {
      grow(count);
    }
    System.arraycopy(source, offset, chars, length, count);
    length += count;
  }

  @Override
  public void write(String source, int offset, int count) {
    if (length + count > chars.length) {
      grow(count);
    }
    source.getChars(offset, offset + count, chars, length);
    length += count;
  }

  private void grow(int atLeast) {
    chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + atLeast));
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  /** The characters written: the first {@link #length()} of this array, until the next write. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  /** Forgets what was written, to write another document into the same array. */
  void clear() {
    length = 0;
  }

  @Override
  public void flush() {
    // Nothing is held back: every write lands in the array.
  }

  @Override
  public void close() {
    // Nothing to release; the characters stay readable after the XML writer closes its Writer.
  }
}
