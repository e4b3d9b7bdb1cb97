package kiosque.content;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one sanitiser of article bodies, used by every write path (import, editor, API). Built on
 * jsoup's {@link Safelist}: scripts, event handlers, styles and {@code javascript:} links never
 * survive. A body with no tags is plain text whose blank lines separate paragraphs.
 */
public final class BodySanitizer {

  private static final Safelist SAFELIST = Safelist.relaxed()
      .removeTags("h1", "div", "span", "colgroup", "col")
      .addTags("figure", "figcaption", "hr", "s", "mark")
      .addAttributes("a", "rel")
      .addAttributes("blockquote", "cite")
      .removeProtocols("img", "src", "http")
      .addProtocols("img", "src", "https", "http")
      .preserveRelativeLinks(true);

  // Relative links and images (/maroc/un-article, /media/photo.jpg) point at the site itself and are
  // kept as written. jsoup can only check a link's protocol once it is absolute, so fragments are
  // parsed against this placeholder base; it never appears in the output.
  private static final String BASE = "https://kiosque.invalid/";

  private static final String BLOCKS =
      "p, h2, h3, h4, h5, h6, li, figcaption, pre, td, th, blockquote:not(:has(p, ul, ol))";

  private final Cleaner cleaner = new Cleaner(SAFELIST);

  public SanitizedBody sanitize(String raw) {
    String source = raw == null ? "" : raw.strip();
    Document dirty = Jsoup.parseBodyFragment(source, BASE);
    if (dirty.body().children().isEmpty()) {
      dirty = Jsoup.parseBodyFragment(paragraphsFromPlainText(source), BASE);
    }
    // A page has one h1, the headline: headings inside a body start at h2.
    for (Element h1 : dirty.body().select("h1")) {
      h1.tagName("h2");
    }
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    for (Element link : clean.body().select("a[href]")) {
      if (link.attr("href").startsWith("http")) {
        link.attr("rel", "noopener");
      }
    }
    clean.body().select("p:matchesOwn(^\\s*$):not(:has(*))").remove();
    return new SanitizedBody(clean.body().html().strip(), plainText(clean.body()));
  }

  /** Blank lines separate paragraphs; single line breaks inside a paragraph are kept. */
  static String paragraphsFromPlainText(String text) {
    StringBuilder html = new StringBuilder();
    for (String paragraph : text.replace("\r\n", "\n").split("\\n\\s*\\n")) {
      String trimmed = paragraph.strip();
      if (!trimmed.isEmpty()) {
        html.append("<p>").append(Entities.escape(trimmed).replace("\n", "<br>")).append("</p>");
      }
    }
    return html.toString();
  }

  /** Text of the body with blocks separated by blank lines, as search and teasers want it. */
  private static String plainText(Element body) {
    Elements blocks = body.select(BLOCKS);
    StringBuilder text = new StringBuilder();
    for (Element block : blocks) {
      boolean nested = block.parents().stream().anyMatch(parent -> parent.is(BLOCKS));
      String own = block.text().strip();
      if (nested || own.isEmpty()) {
        continue;
      }
      if (!text.isEmpty()) {
        text.append("\n\n");
      }
      text.append(own);
    }
    return text.isEmpty() ? body.text().strip() : text.toString();
  }
}
