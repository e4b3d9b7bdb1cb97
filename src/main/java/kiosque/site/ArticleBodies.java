package kiosque.site;

import java.util.Optional;
import kiosque.content.TeaserImage;
import kiosque.web.TeaserPicture;
import kiosque.content.body.EmbedProvider;
import kiosque.web.Messages;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A stored body as the reader's page prints it: images of the media library with their
 * renditions ({@code srcset}, {@code sizes}, as teasers have them), embeds as a placeholder that
 * loads nothing from the provider (its name, a link to the original, and a button the embeds'
 * script shows and turns into the frame on a click), "Lire aussi" with its label. The body
 * itself was sanitised on save ({@code content.BodySanitizer}); this only adds presentation.
 */
final class ArticleBodies {

  /** The text column at its widest is about 42rem; below that the image spans the screen. */
  static final String SIZES = "(min-width: 46rem) 42rem, 100vw";

  private final Messages msg;
  private final String embedsScript;

  ArticleBodies(Messages msg, String embedsScript) {
    this.msg = msg;
    this.embedsScript = embedsScript;
  }

  String render(String stored) {
    if (stored == null || !stored.contains("<figure") && !stored.contains("<aside")) {
      return stored; // most bodies: nothing to add, nothing parsed
    }
    Document doc = Jsoup.parseBodyFragment(stored);
    doc.outputSettings().prettyPrint(false).escapeMode(Entities.EscapeMode.base).charset("UTF-8");
    Element body = doc.body();
    for (Element img : body.select("figure[data-media] > img")) {
      renditions(img, Long.parseLong(img.parent().attr("data-media")));
    }
    boolean embeds = false;
    for (Element figure : body.select("figure.embed")) {
      Optional<EmbedProvider.Embed> embed = EmbedProvider.of(figure.attr("data-provider"), figure.attr("data-id"));
      if (embed.isPresent()) {
        figure.prependChild(placeholder(embed.get()));
        figure.removeAttr("data-id");
        embeds = true;
      } else {
        figure.remove();
      }
    }
    for (Element aside : body.select("aside.lire-aussi")) {
      aside.prependElement("span").addClass("lire-aussi-label").text(msg.get("body.readAlso"));
    }
    if (embeds) {
      // External and deferred, like the view beacon: the content policy allows no inline script.
      body.appendElement("script").attr("src", embedsScript).attr("defer", true);
    }
    return body.html();
  }

  private static void renditions(Element img, long mediaId) {
    int width = number(img.attr("width"), 1200);
    int height = number(img.attr("height"), width * 2 / 3);
    TeaserPicture image = TeaserPicture.of(new TeaserImage(mediaId, width, height, img.attr("alt")));
    img.attr("src", image.src()).attr("srcset", image.srcset()).attr("sizes", SIZES)
        .attr("loading", "lazy").attr("decoding", "async");
  }

  private Element placeholder(EmbedProvider.Embed embed) {
    Element box = new Element("div").addClass("embed-placeholder").attr("data-frame", embed.frameUrl())
        .attr("data-title", embed.label());
    box.appendElement("p").addClass("embed-provider").text(embed.label());
    box.appendElement("p").addClass("embed-notice").text(msg.format("body.embed.notice", embed.label()));
    box.appendElement("p").appendElement("a").addClass("embed-original").attr("href", embed.originalUrl())
        .attr("rel", "noopener").text(msg.format("body.embed.open", embed.label()));
    box.appendElement("button").attr("type", "button").addClass("embed-load").attr("hidden", true)
        .text(msg.format("body.embed.show", embed.label()));
    return box;
  }

  private static int number(String value, int otherwise) {
    try {
      int n = Integer.parseInt(value);
      return n > 0 ? n : otherwise;
    } catch (NumberFormatException e) {
      return otherwise;
    }
  }
}
