package kiosque.web;

/**
 * A page's UTF-8 bytes left in the rendering thread's working buffer ({@link Views#renderLent}):
 * the first {@code length} bytes of {@code buffer}, valid until that thread renders its next page.
 * Whoever keeps the page past the response copies them.
 */
public record LentPage(byte[] buffer, int length) {}
