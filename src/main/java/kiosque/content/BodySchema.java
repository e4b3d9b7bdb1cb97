package kiosque.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import kiosque.content.body.EmbedProvider;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * What the safelist cannot say on its own: which classes mean something ({@code exergue},
 * {@code embed}, {@code credit}, {@code lire-aussi}, nothing else), that an embed holds only its
 * caption, that "Lire aussi" is one link to a page of the site, and that sizes and ids are numbers.
 */
final class BodySchema {

  private static final Pattern NUMBER = Pattern.compile("[1-9][0-9]{0,4}");
  private static final Pattern MEDIA_ID = Pattern.compile("[1-9][0-9]{0,17}");
  private static final Pattern SITE_PATH = Pattern.compile("/(?![/\\\\])[^\\s\"'<>]*");

  private BodySchema() {}

  static void enforce(Element body) {
    body.select("a:not([href]):matchesOwn(^\\s*$):not(:has(*))").remove();
    for (Element quote : body.select("blockquote[class]")) {
      if (quote.hasClass("exergue")) {
        quote.attr("class", "exergue");
      } else {
        quote.removeAttr("class");
      }
    }
    for (Element small : body.select("small")) {
      if (small.hasClass("credit") && small.parent() != null && small.parent().is("figcaption")) {
        small.attr("class", "credit");
      } else {
        small.unwrap();
      }
    }
    for (Element aside : body.select("aside")) {
      readAlso(aside);
    }
    for (Element figure : body.select("figure")) {
      if (figure.hasClass("embed")) {
        embed(figure);
      } else {
        figure.removeAttr("class").removeAttr("data-provider").removeAttr("data-id");
        keepIf(figure, "data-media", MEDIA_ID);
      }
    }
    for (Element img : body.select("img")) {
      keepIf(img, "width", NUMBER);
      keepIf(img, "height", NUMBER);
    }
    for (Element cell : body.select("td, th")) {
      keepIf(cell, "colspan", NUMBER);
      keepIf(cell, "rowspan", NUMBER);
      if (cell.attr("colspan").equals("1")) {
        cell.removeAttr("colspan");
      }
      if (cell.attr("rowspan").equals("1")) {
        cell.removeAttr("rowspan");
      }
    }
    for (Element structure : body.select("table, thead, tbody, tr, ul, ol")) {
      structure.textNodes().stream().filter(TextNode::isBlank).forEach(TextNode::remove);
    }
    wrapLooseText(body);
  }

  // Text left at the top level (its wrapper was dropped) goes into a paragraph, as the editor
  // would hold it; sanitising the result again then finds the same elements.
  private static void wrapLooseText(Element body) {
    Element paragraph = null;
    for (Node node : new ArrayList<>(body.childNodes())) {
      boolean inline = node instanceof TextNode text ? !text.isBlank() || paragraph != null
          : node instanceof Element e && e.is("a, b, strong, i, em, br, small");
      if (!inline) {
        paragraph = null;
        continue;
      }
      if (paragraph == null) {
        paragraph = new Element("p");
        node.before(paragraph);
      }
      paragraph.appendChild(node);
    }
    for (Element p : body.select("> p")) {
      List<TextNode> texts = p.textNodes();
      if (!texts.isEmpty() && texts.getLast() == p.childNode(p.childNodeSize() - 1) && texts.getLast().isBlank()) {
        texts.getLast().remove();
      }
    }
  }

  private static void readAlso(Element aside) {
    Element link = aside.selectFirst("a[href]");
    if (aside.hasClass("lire-aussi") && link != null && SITE_PATH.matcher(link.attr("href")).matches()
        && !link.text().isBlank()) {
      Element clean = new Element("aside").addClass("lire-aussi");
      clean.appendElement("a").attr("href", link.attr("href")).text(link.text().strip());
      aside.replaceWith(clean);
    } else {
      aside.unwrap();
    }
  }

  private static void embed(Element figure) {
    Optional<EmbedProvider.Embed> embed = EmbedProvider.of(figure.attr("data-provider"), figure.attr("data-id"));
    if (embed.isEmpty()) {
      figure.remove();
      return;
    }
    Element caption = figure.selectFirst("figcaption");
    figure.replaceWith(BodyConversions.figure(embed.get(), caption == null ? "" : caption.text()));
  }

  private static void keepIf(Element element, String attribute, Pattern valid) {
    if (element.hasAttr(attribute) && !valid.matcher(element.attr(attribute)).matches()) {
      element.removeAttr(attribute);
    }
  }
}
