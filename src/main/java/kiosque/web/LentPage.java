package kiosque.web;

/**
 * A page's UTF-8 bytes left in the rendering thread's working buffer ({@link Views#renderLent}):
 * the first {@code length} bytes of {@code buffer}, valid until that thread renders its next page.
 * Whoever keeps the page past the response copies them.
 */
public record LentPage(byte[] buffer, int length) {

  /** The page as text, read at once (a lent buffer does not stay the page's). */
  public String text() {
    return new String(buffer, 0, length, java.nio.charset.StandardCharsets.UTF_8);
  }
}
