package kiosque.web;

import java.io.Writer;

/**
 * A {@link Writer} for documents written by a library rather than a template (the feeds' and
 * sitemaps' XML): its characters are encoded as UTF-8 straight into the calling thread's page
 * buffer ({@link PageBytes}) and the document is lent as a rendered page is. A 140 KB feed used to
 * be a growing char array, a String of it and two copies to encode it: about ten times its size
 * in garbage for every uncached feed (issue 15). Characters wait in a small array of their own
 * between encodings, so that a surrogate pair is never cut in two. One document, one thread.
 */
public final class PageWriter extends Writer {

  private static final int PENDING = 2048;

  private final PageBytes page = PageBytes.forThisThread();
  private final char[] pending = new char[PENDING];
  private int count;

  @Override
  public void write(int c) {
    if (count == PENDING) {
      encodePending();
    }
    pending[count++] = (char) c;
  }

  @Override
  public void write(char[] source, int offset, int length) {
    while (length > 0) {
      if (count == PENDING) {
        encodePending();
      }
      int n = Math.min(length, PENDING - count);
      System.arraycopy(source, offset, pending, count, n);
      count += n;
      offset += n;
      length -= n;
    }
  }

  @Override
  public void write(String source, int offset, int length) {
    while (length > 0) {
      if (count == PENDING) {
        encodePending();
      }
      int n = Math.min(length, PENDING - count);
      source.getChars(offset, offset + n, pending, count);
      count += n;
      offset += n;
      length -= n;
    }
  }

  /** Encodes what waits, but a last high surrogate, whose other half has not come yet. */
  private void encodePending() {
    int ready = Character.isHighSurrogate(pending[count - 1]) ? count - 1 : count;
    page.writeChars(pending, 0, ready);
    if (ready < count) {
      pending[0] = pending[count - 1];
    }
    count -= ready;
  }

  /**
   * The document's bytes where they were encoded: valid until this thread writes its next page or
   * document, to be copied if kept. A surrogate without its other half is written as '?', as
   * {@code String.getBytes} does.
   */
  public LentPage lend() {
    page.writeChars(pending, 0, count);
    count = 0;
    return page.lend();
  }

  /** Forgets the document (it failed half-way): the thread's next page starts empty. */
  public void discard() {
    count = 0;
    page.discard();
  }

  @Override
  public void flush() {
    // Nothing to hand on before the end: the document leaves whole, from lend().
  }

  @Override
  public void close() {
    // Nothing to release; what was written stays until lend() or discard().
  }
}
