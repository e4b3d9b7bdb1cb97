package kiosque.feeds;

import java.time.ZoneId;
import kiosque.web.LentPage;

/**
 * Atom 1.0 (RFC 4287). The feed names the site as its author, so that an article without byline
 * is still a valid entry; the lead image is an {@code enclosure} link.
 */
final class AtomWriter {

  static final String CONTENT_TYPE = "application/atom+xml; charset=utf-8";
  static final String NS = "http://www.w3.org/2005/Atom";
  private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

  private final ZoneId zone;

  AtomWriter(ZoneId zone) {
    this.zone = zone;
  }

  LentPage write(Feed feed, String selfUrl) {
    return Xml.document(xml -> {
      xml.start("feed").namespace("", NS).attribute("xml", XML_NS, "lang", feed.language()).newline()
          .element("id", feed.id())
          .element("title", feed.title())
          .element("subtitle", feed.subtitle())
          .element("updated", Xml.w3c(feed.updated(), zone));
      xml.empty("link").attribute("rel", "self").attribute("type", "application/atom+xml").attribute("href", selfUrl);
      xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", feed.htmlUrl());
      xml.start("author").element("name", feed.title()).element("uri", feed.htmlUrl()).end()
          .element("generator", feed.generator()).newline();
      for (Feed.Entry entry : feed.entries()) {
        entry(xml, entry);
      }
      xml.end();
    });
  }

  private void entry(Xml xml, Feed.Entry entry) {
    xml.start("entry")
        .element("id", entry.id());
    xml.start("title").attribute("type", "text").text(entry.title()).end();
    xml.empty("link").attribute("rel", "alternate").attribute("type", "text/html").attribute("href", entry.link());
    xml.element("published", Xml.w3c(entry.published(), zone))
        .element("updated", Xml.w3c(entry.updated(), zone));
    for (Feed.Person author : entry.authors()) {
      xml.start("author").element("name", author.name()).element("uri", author.uri()).end();
    }
    entry.categories().forEach(category -> xml.empty("category").attribute("term", category));
    xml.start("summary").attribute("type", "text").text(entry.summary()).end();
    xml.start("content").attribute("type", "html").text(entry.contentHtml()).end();
    LeadImage image = entry.image();
    if (image != null) {
      xml.empty("link").attribute("rel", "enclosure").attribute("type", image.mimeType()).attribute("href", image.url());
    }
    xml.end().newline();
  }
}
