package kiosque.feeds;

import java.time.ZoneId;
import kiosque.web.LentPage;

/**
 * RSS 2.0 with the extensions readers and aggregators understand: {@code content:encoded} for the
 * full text, {@code dc:creator} for bylines (RSS's own {@code author} wants an e-mail address),
 * {@code dcterms:modified} for corrections, {@code media:content} for the lead image and an
 * {@code atom:link rel="self"}.
 */
final class RssWriter {

  static final String CONTENT_TYPE = "application/rss+xml; charset=utf-8";
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String MEDIA = "http://search.yahoo.com/mrss/";

  private final ZoneId zone;

  RssWriter(ZoneId zone) {
    this.zone = zone;
  }

  LentPage write(Feed feed, String selfUrl) {
    return Xml.document(xml -> {
      xml.start("rss").attribute("version", "2.0")
          .namespace("atom", ATOM).namespace("content", CONTENT).namespace("dc", DC).namespace("dcterms", DCTERMS)
          .namespace("media", MEDIA);
      xml.start("channel").newline()
          .element("title", feed.title())
          .element("link", feed.htmlUrl())
          .element("description", feed.subtitle())
          .element("language", feed.language())
          .element("lastBuildDate", Xml.rfc822(feed.updated(), zone))
          .element("generator", feed.generator());
      xml.empty("atom", "link", ATOM).attribute("href", selfUrl).attribute("rel", "self")
          .attribute("type", "application/rss+xml").newline();
      for (Feed.Entry entry : feed.entries()) {
        item(xml, entry);
      }
      xml.end().end();
    });
  }

  private void item(Xml xml, Feed.Entry entry) {
    xml.start("item")
        .element("title", entry.title())
        .element("link", entry.link());
    xml.start("guid").attribute("isPermaLink", "false").text(entry.id()).end()
        .element("pubDate", Xml.rfc822(entry.published(), zone))
        .element("dcterms", "modified", DCTERMS, Xml.w3c(entry.updated(), zone))
        .element("description", entry.summary())
        .element("content", "encoded", CONTENT, entry.contentHtml());
    entry.authors().forEach(author -> xml.element("dc", "creator", DC, author.name()));
    entry.categories().forEach(category -> xml.element("category", category));
    LeadImage image = entry.image();
    if (image != null) {
      xml.start("media", "content", MEDIA).attribute("url", image.url()).attribute("medium", "image")
          .attribute("type", image.mimeType()).attribute("width", String.valueOf(image.width()))
          .attribute("height", String.valueOf(image.height()));
      if (image.alt() != null && !image.alt().isBlank()) {
        xml.element("media", "description", MEDIA, image.alt());
      }
      xml.end();
    }
    xml.end().newline();
  }
}
