package kiosque.feeds;

import java.time.Instant;
import java.time.ZoneId;
import kiosque.web.LentPage;
import java.util.List;

/** Sitemap 0.9 files (sitemaps.org) and the Google News extension. */
final class SitemapWriter {

  static final String CONTENT_TYPE = "application/xml; charset=utf-8";
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS = "http://www.google.com/schemas/sitemap-news/0.9";

  /** An address and when what it shows last changed (null: unknown, omitted). */
  record Entry(String loc, Instant lastModified) {}

  /** An article as the Google News sitemap describes it. */
  record NewsEntry(String loc, String title, Instant published) {}

  private final ZoneId zone;

  SitemapWriter(ZoneId zone) {
    this.zone = zone;
  }

  LentPage index(List<Entry> sitemaps) {
    return Xml.document(xml -> {
      xml.start("sitemapindex").namespace("", NS).newline();
      for (Entry sitemap : sitemaps) {
        xml.start("sitemap").element("loc", sitemap.loc());
        lastmod(xml, sitemap);
        xml.end().newline();
      }
      xml.end();
    });
  }

  LentPage urls(List<Entry> pages) {
    return Xml.document(xml -> {
      xml.start("urlset").namespace("", NS).newline();
      for (Entry page : pages) {
        xml.start("url").element("loc", page.loc());
        lastmod(xml, page);
        xml.end().newline();
      }
      xml.end();
    });
  }

  /** {@code news:publication_date} is the first publication, with the site's offset; corrections do not move it. */
  LentPage news(List<NewsEntry> articles, String publication, String language) {
    return Xml.document(xml -> {
      xml.start("urlset").namespace("", NS).namespace("news", NEWS).newline();
      for (NewsEntry article : articles) {
        xml.start("url").element("loc", article.loc())
            .start("news", "news", NEWS)
            .start("news", "publication", NEWS)
            .element("news", "name", NEWS, publication)
            .element("news", "language", NEWS, language)
            .end()
            .element("news", "publication_date", NEWS, Xml.w3c(article.published(), zone))
            .element("news", "title", NEWS, article.title())
            .end()
            .end().newline();
      }
      xml.end();
    });
  }

  private void lastmod(Xml xml, Entry entry) {
    if (entry.lastModified() != null) {
      xml.element("lastmod", Xml.w3c(entry.lastModified(), zone));
    }
  }
}
