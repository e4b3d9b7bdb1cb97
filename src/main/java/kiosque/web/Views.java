package kiosque.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/** Renders a page record with its one template; templates are precompiled at build time. */
public final class Views {

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  public String render(String template, Object page) {
    StringOutput output = new StringOutput(8 * 1024);
    engine.render(template, page, output);
    return output.toString();
  }

  /**
   * The page as the UTF-8 bytes sent on the wire, written as such while rendering: no String of
   * the whole page, no second copy to encode it (an uncached article page is about 20 kB).
   */
  public byte[] renderBytes(String template, Object page) {
    return renderInto(template, page).finish();
  }

  /**
   * As {@link #renderBytes}, without the exact-size copy: the page stays in the calling thread's
   * working buffer, lent until that thread renders again, for a response sent before then and
   * kept nowhere (the page cache off: 7 to 9 KB less for every uncached article page, issue 15).
   */
  public LentPage renderLent(String template, Object page) {
    return renderInto(template, page).lend();
  }

  /** Renders into the calling thread's page buffer, left holding the page. */
  private PageBytes renderInto(String template, Object page) {
    PageBytes output = PageBytes.forThisThread();
    try {
      engine.render(template, page, new PageHtmlOutput(output));
    } catch (RuntimeException | Error e) {
      // The thread's next page starts empty.
      output.discard();
      throw e;
    }
    return output;
  }
}
