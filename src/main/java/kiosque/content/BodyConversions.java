package kiosque.content;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kiosque.content.body.EmbedProvider;
import kiosque.content.body.EmbedProvider.Embed;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Turns what comes from elsewhere into the body's own elements before the sanitiser's safelist
 * runs, so that nothing a reader should see is dropped for being written differently: frames,
 * embed codes and bare addresses of known providers become embeds ({@link EmbedProvider}), any
 * other frame goes; headings are kept within h2 and h3; Google Docs' bold and italic spans and
 * Word's list paragraphs become the bold, italic and lists they show.
 */
final class BodyConversions {

  private static final Pattern URL = Pattern.compile("https?://\\S+");
  private static final Pattern BOLD = Pattern.compile("(?i)font-weight\\s*:\\s*(bold|[6-9]00)");
  private static final Pattern NOT_BOLD = Pattern.compile("(?i)font-weight\\s*:\\s*(normal|[1-4]00)");
  private static final Pattern ITALIC = Pattern.compile("(?i)font-style\\s*:\\s*italic");
  private static final Pattern WORD_LIST = Pattern.compile("(?i)mso-list\\s*:\\s*l\\d");
  private static final Pattern ORDERED_MARKER = Pattern.compile("^\\s*[0-9a-zA-Z]{1,3}[.)]\\s*$");

  private BodyConversions() {}

  static void apply(Element body) {
    headings(body);
    googleDocs(body);
    wordLists(body);
    frames(body);
    embedCodes(body);
    bareAddresses(body);
    storedEmbeds(body);
  }

  /** A page has one h1, the headline: headings inside a body are h2 and h3. */
  private static void headings(Element body) {
    body.select("h1").tagName("h2");
    body.select("h4, h5, h6").tagName("h3");
  }

  // Google Docs wraps a whole paste in <b style="font-weight:normal" id="docs-internal-guid-...">
  // and writes bold and italic as styled spans.
  private static void googleDocs(Element body) {
    for (Element b : body.select("b[id^=docs-internal-guid], b[style]")) {
      if (b.id().startsWith("docs-internal-guid") || NOT_BOLD.matcher(b.attr("style")).find()) {
        b.unwrap();
      }
    }
    for (Element span : body.select("span[style]")) {
      String style = span.attr("style");
      if (ITALIC.matcher(style).find()) {
        span.wrap("<i></i>");
      }
      if (BOLD.matcher(style).find()) {
        span.wrap("<b></b>");
      }
    }
  }

  // Word writes a list as paragraphs with an mso-list style and the marker as text in a span.
  private static void wordLists(Element body) {
    Element list = null;
    for (Element p : body.select("p")) {
      boolean item = WORD_LIST.matcher(p.attr("style")).find() || p.className().startsWith("MsoListParagraph");
      if (!item) {
        list = null;
        continue;
      }
      boolean ordered = false;
      for (Element marker : p.select("span[style~=(?i)mso-list\\s*:\\s*ignore]")) {
        ordered |= ORDERED_MARKER.matcher(marker.text().replace('\u00a0', ' ')).matches();
        marker.remove();
      }
      String tag = ordered ? "ol" : "ul";
      Element previous = p.previousElementSibling();
      if (list == null || previous != list || !list.tagName().equals(tag)) {
        list = new Element(tag);
        p.before(list);
      }
      p.tagName("li");
      list.appendChild(p);
    }
  }

  private static void frames(Element body) {
    // Where the last embed taken out of each block went: several frames in one paragraph become
    // several embeds after it, in their order (replacing the paragraph at the first one took
    // the others with it, and the next one found itself without a page: jqwik's shrunk sample
    // was two YouTube objects in one <p>).
    Map<Element, Element> lastPlaced = new IdentityHashMap<>();
    for (Element frame : body.select("iframe, embed, object")) {
      if (!frame.parents().contains(body)) {
        continue; // removed with an enclosing frame already
      }
      Optional<Embed> embed = EmbedProvider.fromUrl(frame.attr(frame.is("object") ? "data" : "src"));
      if (embed.isEmpty() || frame.closest("figcaption, a, li, td, th") != null) {
        frame.remove();
      } else {
        place(body, frame, figure(embed.get(), ""), lastPlaced);
      }
    }
    // A block that held only frames is gone once they are out of it.
    for (Element block : lastPlaced.keySet()) {
      if (block.text().isBlank() && block.select("img, iframe, embed, object, figure").isEmpty()) {
        block.remove();
      }
    }
  }

  // The codes X, Instagram and TikTok give to paste: a quote with the post's address and a script.
  private static void embedCodes(Element body) {
    for (Element quote : body.select("blockquote.twitter-tweet, blockquote.instagram-media, blockquote.tiktok-embed")) {
      Optional<Embed> embed = Optional.empty();
      List<Element> links = new ArrayList<>(quote.select("a[href]"));
      if (quote.hasAttr("cite")) {
        embed = EmbedProvider.fromUrl(quote.attr("cite"));
      }
      for (int i = links.size() - 1; embed.isEmpty() && i >= 0; i--) {
        embed = EmbedProvider.fromUrl(links.get(i).attr("href"));
      }
      embed.ifPresent(e -> quote.replaceWith(figure(e, "")));
    }
  }

  // A provider's address alone on its line (a paragraph, WordPress's embed block) is an embed.
  private static void bareAddresses(Element body) {
    for (Element block : body.select("> p, > div, > figure:not(.embed):not(:has(img))")) {
      Element caption = block.is("figure") ? block.selectFirst("> figcaption") : null;
      Element content = block.clone();
      content.select("> figcaption").remove();
      String text = content.text().strip();
      if (!URL.matcher(text).matches() || !content.select("*:not(a, br, span, div)").not(content.tagName()).isEmpty()) {
        continue;
      }
      Element link = content.selectFirst("a[href]");
      Optional<Embed> embed = EmbedProvider.fromUrl(text);
      if (embed.isEmpty() && link != null) {
        embed = EmbedProvider.fromUrl(link.attr("href"));
      }
      embed.ifPresent(e -> block.replaceWith(figure(e, caption == null ? "" : caption.text())));
    }
  }

  // An embed written as the editor writes it is rebuilt from its checked provider and id alone;
  // a forged one (unknown provider, an address or quotes as id) goes.
  private static void storedEmbeds(Element body) {
    for (Element figure : body.select("figure.embed")) {
      Optional<Embed> embed = EmbedProvider.of(figure.attr("data-provider"), figure.attr("data-id"));
      Element caption = figure.selectFirst("figcaption");
      if (embed.isEmpty()) {
        figure.remove();
      } else {
        figure.replaceWith(figure(embed.get(), caption == null ? "" : caption.text()));
      }
    }
  }

  static Element figure(Embed embed, String caption) {
    Element figure = new Element("figure").addClass("embed").attr("data-provider", embed.code())
        .attr("data-id", embed.id());
    if (!caption.isBlank()) {
      figure.appendElement("figcaption").appendChild(new TextNode(caption.strip()));
    }
    return figure;
  }

  /** Puts an embed at the top level: in place of a frame that was there, or after its block. */
  private static void place(Element body, Element found, Element embed, Map<Element, Element> lastPlaced) {
    Element block = found;
    while (block.parent() != null && block.parent() != body) {
      block = block.parent();
    }
    if (block == found) {
      found.replaceWith(embed);
      return;
    }
    lastPlaced.getOrDefault(block, block).after(embed);
    lastPlaced.put(block, embed);
    found.remove();
  }
}
