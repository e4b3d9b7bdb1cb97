package kiosque.feeds;

import static kiosque.feeds.SitemapSchemas.SITEMAP;
import static kiosque.feeds.SitemapSchemas.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** A busy newsroom: 1,500 articles in the last 48 hours make two Google News files. */
class NewsSitemapLimitIT {

  static final String SITE = "http://localhost:8080";
  static final int RECENT = 1500;

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    // Rows written directly, in one batch: the article service's rules are not what this test is about,
    // and 1,500 saves through it would take a minute.
    app.wiring().database().jdbi().useTransaction(h -> {
      var batch = h.prepareBatch("""
          insert into article (slug, title, summary, body_html, body_text, status, published_at, created_at, updated_at)
          values (?, ?, '', '<p>Texte.</p>', 'Texte.', 'published', ?, ?, ?)
          """);
      for (int i = 0; i < RECENT; i++) {
        var published = TestApp.NOW.minusSeconds(60L * (i + 1)).atOffset(ZoneOffset.UTC);
        batch.add("breve-" + i, "Brève n° " + i, published, published, published);
      }
      batch.execute();
      // Written beside the article service, so the teaser rows it keeps (V665) are copied here too.
      h.execute("""
          insert into article_teaser (id, slug, title, summary, section_id, status, published_at, updated_at,
                                      lead_media_id)
          select id, slug, title, summary, section_id, status, published_at, updated_at, lead_media_id
          from article where id not in (select id from article_teaser)""");
    });
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void aFileHoldsAtMostOneThousandArticlesTheFreshestFirst() {
    Document first = SitemapSchemas.validUrlset(app.get("/sitemaps/news.xml").body());
    Document second = SitemapSchemas.validUrlset(app.get("/sitemaps/news-2.xml").body());

    assertThat(texts(first, SitemapSchemas.NEWS, "title")).hasSize(1000).startsWith("Brève n° 0", "Brève n° 1");
    assertThat(texts(second, SitemapSchemas.NEWS, "title")).hasSize(RECENT - 1000).endsWith("Brève n° 1499");
    assertThat(app.get("/sitemaps/news-3.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void theIndexListsBothNewsFiles() {
    Document index = SitemapSchemas.validIndex(app.get("/sitemap.xml").body());

    assertThat(texts(index, SITEMAP, "loc")).startsWith(SITE + "/sitemaps/news.xml", SITE + "/sitemaps/news-2.xml");
    // lastmod of a news file: its freshest article, one minute before the clock (11:00 in Casablanca).
    assertThat(SitemapSchemas.sibling(index, SITE + "/sitemaps/news.xml", SITEMAP, "lastmod"))
        .isEqualTo("2025-06-01T10:59:00+01:00");
  }
}
