package kiosque.web;

import gg.jte.html.OwaspHtmlTemplateOutput;

/**
 * JTE's HTML output (its escaping, unchanged) over a {@link PageBytes}, which also takes character
 * arrays ({@link CharsOutput}). JTE wraps any other output in an {@code OwaspHtmlTemplateOutput} of
 * its own; this one is that wrapper, made here so the page's bytes can be reached through it.
 */
final class PageHtmlOutput extends OwaspHtmlTemplateOutput implements CharsOutput {

  private final PageBytes page;

  PageHtmlOutput(PageBytes page) {
    super(page);
    this.page = page;
  }

  @Override
  public void writeChars(char[] chars, int offset, int count) {
    page.writeChars(chars, offset, count);
  }
}
