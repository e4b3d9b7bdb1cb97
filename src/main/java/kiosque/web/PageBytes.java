package kiosque.web;

import gg.jte.TemplateOutput;
import java.util.Arrays;

/**
 * A template's output as UTF-8 bytes, encoded straight into one working buffer that each request
 * thread keeps between pages; the page leaves as one exact-size copy. JTE's own
 * {@code Utf8ByteOutput} allocates a byte array for every dynamic string it is given (every escaped
 * piece of a title, every link), a list to hold them, then the page: on an uncached article page
 * that was about three times the page's size in garbage.
 */
final class PageBytes implements TemplateOutput {

  /** Large enough for nearly every page; a bigger page grows its buffer, which is then kept. */
  private static final int INITIAL = 64 * 1024;

  /** A buffer grown past this (a huge page) is not kept: the thread would hold it for ever. */
  private static final int KEPT_AT_MOST = 1024 * 1024;

  private static final ThreadLocal<PageBytes> PER_THREAD = ThreadLocal.withInitial(() -> new PageBytes(INITIAL));

  private byte[] buffer;
  private int length;
  private boolean inUse;

  PageBytes(int capacity) {
    this.buffer = new byte[capacity];
  }

  /**
   * The calling thread's output, emptied. A render inside a render (none today) gets a fresh one
   * rather than overwrite the outer page.
   */
  static PageBytes forThisThread() {
    PageBytes output = PER_THREAD.get();
    if (output.inUse) {
      return new PageBytes(INITIAL);
    }
    output.inUse = true;
    output.length = 0;
    return output;
  }

  /** The page's bytes; the output can then serve the thread's next page. */
  byte[] finish() {
    byte[] page = Arrays.copyOf(buffer, length);
    discard();
    return page;
  }

  /**
   * The page's bytes where they were written, without the exact-size copy: valid until this thread
   * renders its next page, which writes over them.
   */
  LentPage lend() {
    LentPage page = new LentPage(buffer, length);
    discard();
    return page;
  }

  /** Forgets what was written (a render that failed half-way). */
  void discard() {
    if (buffer.length > KEPT_AT_MOST) {
      buffer = new byte[INITIAL];
    }
    length = 0;
    inUse = false;
  }

  @Override
  public void writeContent(String value) {
    writeContent(value, 0, value.length());
  }

  @Override
  public void writeContent(String value, int beginIndex, int endIndex) {
    // At most three bytes a char (a surrogate pair is two chars for four bytes).
    ensure(3 * (endIndex - beginIndex));
    byte[] out = buffer;
    int at = length;
    for (int i = beginIndex; i < endIndex; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else {
        char next = i + 1 < endIndex ? value.charAt(i + 1) : 0;
        at = putNonAscii(out, at, c, next);
        if (isPair(c, next)) {
          i++;
        }
      }
    }
    length = at;
  }

  /** The same for characters in an array (JSON-LD written by Jackson, {@link PageHtmlOutput}). */
  void writeChars(char[] chars, int offset, int count) {
    ensure(3 * count);
    byte[] out = buffer;
    int at = length;
    int end = offset + count;
    for (int i = offset; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[at++] = (byte) c;
      } else {
        char next = i + 1 < end ? chars[i + 1] : 0;
        at = putNonAscii(out, at, c, next);
        if (isPair(c, next)) {
          i++;
        }
      }
    }
    length = at;
  }

  private static boolean isPair(char c, char next) {
    return Character.isHighSurrogate(c) && Character.isLowSurrogate(next);
  }

  /** Writes {@code c} (with {@code next} when they are a surrogate pair) from {@code at}; returns where it ended. */
  private static int putNonAscii(byte[] out, int at, char c, char next) {
    if (c < 0x800) {
      out[at++] = (byte) (0xC0 | c >> 6);
      out[at++] = (byte) (0x80 | c & 0x3F);
    } else if (isPair(c, next)) {
      int code = Character.toCodePoint(c, next);
      out[at++] = (byte) (0xF0 | code >> 18);
      out[at++] = (byte) (0x80 | code >> 12 & 0x3F);
      out[at++] = (byte) (0x80 | code >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | code & 0x3F);
    } else if (Character.isSurrogate(c)) {
      // A lone surrogate cannot be encoded: '?' as String.getBytes(UTF_8) writes it.
      out[at++] = '?';
    } else {
      out[at++] = (byte) (0xE0 | c >> 12);
      out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
      out[at++] = (byte) (0x80 | c & 0x3F);
    }
    return at;
  }

  @Override
  public void writeBinaryContent(byte[] value) {
    ensure(value.length);
    System.arraycopy(value, 0, buffer, length, value.length);
    length += value.length;
  }

  private void ensure(int more) {
    if (length + more > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
    }
  }
}
