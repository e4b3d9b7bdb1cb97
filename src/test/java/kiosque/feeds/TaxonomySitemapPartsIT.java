package kiosque.feeds;

import static kiosque.feeds.SitemapSchemas.SITEMAP;
import static kiosque.feeds.SitemapSchemas.texts;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * A site with 2,500 topics that have articles: their sitemap comes in files of 1,000, the most
 * recently updated first, every file listed by the index; the first keeps its old address.
 */
class TaxonomySitemapPartsIT {

  static final String SITE = "http://localhost:8080";
  static final int TOPICS = 2500;

  @TempDir
  static Path dir;
  static TestApp app;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    // Topic rows with the newest update the writes would keep (ListingSummaries), written directly:
    // 2,500 articles through the article service would take minutes and are not what this is about.
    // Topic n was last updated n minutes before the clock, so sujet-0 is the freshest.
    app.wiring().database().jdbi().useTransaction(h -> {
      var batch = h.prepareBatch("insert into topic (name, name_key, slug, newest_update) values (?, ?, ?, ?)");
      for (int i = 0; i < TOPICS; i++) {
        batch.add("Sujet " + i, "sujet " + i, "sujet-" + i, TestApp.NOW.minusSeconds(60L * i).atOffset(ZoneOffset.UTC));
      }
      batch.execute();
      // One topic without articles: in no file.
      h.execute("insert into topic (name, name_key, slug) values ('Sans article', 'sans article', 'sans-article')");
    });
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void topicsComeInFilesOfOneThousandTheFreshestFirst() {
    List<String> listed = new ArrayList<>();
    for (String file : List.of("sujets", "sujets-2", "sujets-3")) {
      Document sitemap = SitemapSchemas.validUrlset(app.get("/sitemaps/" + file + ".xml").body());
      listed.addAll(texts(sitemap, SITEMAP, "loc"));
    }

    List<String> expected = new ArrayList<>();
    for (int i = 0; i < TOPICS; i++) {
      expected.add(SITE + "/sujet/sujet-" + i);
    }
    // Every topic with articles once, in order: 1,000, 1,000 and 500.
    assertThat(listed).containsExactlyElementsOf(expected);
    assertThat(texts(SitemapSchemas.validUrlset(app.get("/sitemaps/sujets-2.xml").body()), SITEMAP, "loc"))
        .hasSize(1000).startsWith(SITE + "/sujet/sujet-1000");
    assertThat(app.get("/sitemaps/sujets-4.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sitemaps/sujets-1.xml").statusCode()).as("the first file has one name").isEqualTo(404);
  }

  @Test
  void theIndexListsEachFile() {
    Document index = SitemapSchemas.validIndex(app.get("/sitemap.xml").body());

    assertThat(texts(index, SITEMAP, "loc"))
        .contains(SITE + "/sitemaps/sujets.xml", SITE + "/sitemaps/sujets-2.xml", SITE + "/sitemaps/sujets-3.xml")
        .doesNotContain(SITE + "/sitemaps/sujets-4.xml");
  }
}
