package kiosque.content;

import kiosque.content.body.EmbedProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Elements;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * The one sanitiser of article bodies, used by every write path (import, editor, API), and the
 * one schema of a body: exactly what the newsroom's editor (editor-src/, Tiptap) produces and the
 * reader page renders. Paragraphs, h2 and h3, bold and italic, links, lists, quotes and pull
 * quotes ({@code blockquote.exergue}), tables, rules; images as {@code figure} with their caption
 * and credit ({@code figcaption} with {@code small.credit}); embeds as
 * {@code figure.embed[data-provider][data-id]} checked by {@link EmbedProvider}; "Lire aussi" as
 * {@code aside.lire-aussi} holding one link to the site. Built on jsoup's {@link Safelist}:
 * scripts, event handlers, styles and {@code javascript:} links never survive. What comes from
 * elsewhere is converted to the same elements first ({@link BodyConversions}: frames and addresses
 * of known providers, Word and Google Docs markup). A body with no tags is plain text whose blank
 * lines separate paragraphs.
 */
public final class BodySanitizer {

  private static final Safelist SAFELIST = Safelist.none()
      .addTags("p", "br", "h2", "h3", "b", "strong", "i", "em", "a", "ul", "ol", "li", "blockquote", "hr",
          "figure", "figcaption", "small", "img", "table", "thead", "tbody", "tr", "th", "td", "aside")
      .addAttributes("a", "href", "rel")
      .addAttributes("blockquote", "class")
      .addAttributes("figure", "class", "data-media", "data-provider", "data-id")
      .addAttributes("small", "class")
      .addAttributes("aside", "class")
      .addAttributes("img", "src", "alt", "width", "height")
      .addAttributes("th", "colspan", "rowspan")
      .addAttributes("td", "colspan", "rowspan")
      .addProtocols("a", "href", "http", "https", "mailto")
      .addProtocols("img", "src", "https", "http")
      .preserveRelativeLinks(true);

  // Relative links and images (/maroc/un-article, /media/photo.jpg) point at the site itself and are
  // kept as written. jsoup can only check a link's protocol once it is absolute, so fragments are
  // parsed against this placeholder base; it never appears in the output.
  private static final String BASE = "https://kiosque.invalid/";

  private static final String BLOCKS =
      "p, h2, h3, h4, h5, h6, li, figcaption, pre, td, th, blockquote:not(:has(p, ul, ol))";

  private final Cleaner cleaner = new Cleaner(SAFELIST);
  private static final int MAX_PASSES = 64;

  /**
   * Whether {@code raw} holds something a browser would run (a script, an object, an event
   * handler, a {@code javascript:} address): the sanitiser removes it, and the newsroom says so
   * rather than drop it silently.
   */
  public static boolean hasExecutableMarkup(String raw) {
    if (raw == null || raw.indexOf('<') < 0) {
      return false;
    }
    Document parsed = Jsoup.parseBodyFragment(raw, BASE);
    if (!parsed.select("script, object, embed, applet").isEmpty()) {
      return true;
    }
    for (Element element : parsed.getAllElements()) {
      for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
        String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
        String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
        if (name.startsWith("on") || value.startsWith("javascript:") || value.startsWith("vbscript:")
            || value.startsWith("data:text/html")) {
          return true;
        }
      }
    }
    return false;
  }

  public SanitizedBody sanitize(String raw) {
    String source = raw == null ? "" : raw.strip();
    Document dirty = Jsoup.parseBodyFragment(source, BASE);
    if (dirty.body().children().isEmpty()) {
      dirty = Jsoup.parseBodyFragment(paragraphsFromPlainText(source), BASE);
    }
    Element body = clean(dirty);
    // Markup a browser would nest differently once read back (a paragraph inside bold inside a
    // paragraph) comes out restructured by the parser: clean again until nothing changes, so
    // that what is stored is exactly what the next save keeps. Each pass undoes one level of such
    // nesting (a paragraph in four bold runs in a paragraph took five), so the bound is generous;
    // only misnested markup needs more than one pass.
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      Element again = clean(Jsoup.parseBodyFragment(body.html(), BASE));
      if (again.html().equals(body.html())) {
        break;
      }
      body = again;
    }
    return new SanitizedBody(body.html().strip(), plainText(body));
  }

  private Element clean(Document dirty) {
    BodyConversions.apply(dirty.body());
    Document clean = cleaner.clean(dirty);
    clean.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    BodySchema.enforce(clean.body());
    for (Element link : clean.body().select("a[href]")) {
      if (link.attr("href").startsWith("http") || link.attr("href").startsWith("//")) {
        link.attr("rel", "noopener");
      } else {
        link.removeAttr("rel");
      }
    }
    clean.body().select("p:matchesOwn(^\\s*$):not(:has(*))").remove();
    return clean.body();
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
