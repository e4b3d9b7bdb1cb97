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
}
