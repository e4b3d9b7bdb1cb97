package kiosque.feeds;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsIT {

  static final String NASTY_TITLE = "Rabat & Casablanca : <b>« l’été »</b> 🌍🔥 \"cités\" && <script>x</script>";
  static final String NASTY_SUMMARY = "Prix < 10 DH & marges > 5 % : « ça passe » 😅";
  static final String SITE = "http://localhost:8080";

  @TempDir
  static Path dir;
  static TestApp app;
  static long nasty;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    for (int i = 1; i <= 55; i++) {
      app.publish(article().id("eco-" + i).title("Économie, note n° " + i).section("Économie").topics("Inflation")
          .bylines("K.B").publishedAt(Instant.parse("2025-01-01T08:00:00Z").plusSeconds(3600L * i)));
    }
    nasty = app.publish(article().id("nasty").title(NASTY_TITLE).summary(NASTY_SUMMARY).section("Maroc")
        .topics("Défense", "États-Unis").bylines("I.L", "Leïla Benjelloun")
        .body("<p>Premier & <em>unique</em> paragraphe, <a href=\"https://www.example.org/a?b=1&c=2\">lien</a>.</p>")
        .publishedAt("2025-05-31T18:30:00Z"));
    // Old enough to stay out of the site feed: only in its topic's.
    app.publish(article().id("relative").title("Liens relatifs").section("Société").topics("Liens internes")
        .body("<p>Voir <a href=\"/rubrique/maroc\">la rubrique</a> et <a href=\"https://example.org/x\">ailleurs</a>"
            + "<img src=\"/media/1/photo.jpg\" alt=\"\"></p>")
        .publishedAt("2024-01-01T08:00:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void siteRssCarriesTheLatestFiftyNewestFirstWithTheRightContentType() {
    var response = app.get("/rss.xml");
    SyndFeed feed = Feeds.parse(response);

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/rss+xml; charset=utf-8");
    assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(feed.getTitle()).isEqualTo("Kiosque");
    assertThat(feed.getLink()).isEqualTo(SITE + "/");
    assertThat(feed.getLanguage()).isEqualTo("fr");
    assertThat(feed.getEntries()).hasSize(50);
    assertThat(feed.getEntries().get(0).getTitle()).isEqualTo(NASTY_TITLE);
    assertThat(feed.getEntries().get(1).getTitle()).isEqualTo("Économie, note n° 55");
    assertThat(feed.getEntries().getLast().getTitle()).isEqualTo("Économie, note n° 7");
  }

  @Test
  void rssItemsCarryEveryFieldEscapedByTheWriter() {
    String xml = app.get("/rss.xml").body();
    SyndEntry entry = Feeds.entryTitled(Feeds.parse(xml), NASTY_TITLE);

    assertThat(entry.getUri()).isEqualTo("tag:localhost,2025-06-01:article-" + nasty);
    assertThat(entry.getLink()).isEqualTo(SITE + app.pathOf(nasty));
    assertThat(entry.getDescription().getValue()).isEqualTo(NASTY_SUMMARY);
    assertThat(entry.getContents()).singleElement().satisfies(content -> assertThat(content.getValue())
        .isEqualTo("<p>Premier &amp; <em>unique</em> paragraphe, "
            + "<a href=\"https://www.example.org/a?b=1&amp;c=2\" rel=\"noopener\">lien</a>.</p>"));
    assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Défense", "États-Unis");
    DCModule dublinCore = (DCModule) entry.getModule(DCModule.URI);
    assertThat(dublinCore.getCreators()).containsExactly("I.L", "Leïla Benjelloun");
    assertThat(entry.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2025-05-31T18:30:00Z")));
    assertThat(xml).contains("<pubDate>Sat, 31 May 2025 19:30:00 +0100</pubDate>")
        .contains("<dcterms:modified>2025-05-31T19:30:00+01:00</dcterms:modified>")
        .contains("&lt;b&gt;« l’été »&lt;/b&gt; 🌍🔥")
        .doesNotContain("<script>")
        .doesNotContain("media:content");
  }

  @Test
  void relativeLinksAndImagesInABodyCarryTheSiteAddress() {
    SyndEntry entry = Feeds.entryTitled(Feeds.parse(app.get("/sujet/liens-internes/rss.xml")), "Liens relatifs");

    assertThat(entry.getContents()).singleElement().satisfies(content -> assertThat(content.getValue())
        .contains("href=\"" + SITE + "/rubrique/maroc\"")
        .contains("href=\"https://example.org/x\"")
        .contains("src=\"" + SITE + "/media/1/photo.jpg\""));
  }

  @Test
  void atomEntriesSayTheSameAsRssItems() {
    var response = app.get("/atom.xml");
    SyndFeed feed = Feeds.parse(response);
    SyndEntry entry = Feeds.entryTitled(feed, NASTY_TITLE);

    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/atom+xml; charset=utf-8");
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getUri()).isEqualTo(SITE + "/");
    assertThat(feed.getEntries()).hasSize(50);
    assertThat(entry.getUri()).isEqualTo("tag:localhost,2025-06-01:article-" + nasty);
    assertThat(entry.getLink()).isEqualTo(SITE + app.pathOf(nasty));
    assertThat(entry.getDescription().getValue()).isEqualTo(NASTY_SUMMARY);
    assertThat(entry.getContents()).singleElement().satisfies(content -> {
      assertThat(content.getType()).isEqualTo("html");
      assertThat(content.getValue()).startsWith("<p>Premier &amp; <em>unique</em>");
    });
    assertThat(entry.getCategories()).extracting(SyndCategory::getName).containsExactly("Défense", "États-Unis");
    assertThat(entry.getAuthors()).extracting(SyndPerson::getName, SyndPerson::getUri).containsExactly(
        org.assertj.core.groups.Tuple.tuple("I.L", SITE + "/auteur/i-l"),
        org.assertj.core.groups.Tuple.tuple("Leïla Benjelloun", SITE + "/auteur/leila-benjelloun"));
    assertThat(entry.getPublishedDate()).isEqualTo(Date.from(Instant.parse("2025-05-31T18:30:00Z")));
    assertThat(entry.getUpdatedDate()).isEqualTo(Date.from(Instant.parse("2025-05-31T18:30:00Z")));
    assertThat(entry.getEnclosures()).isEmpty();
  }

  @Test
  void sectionTopicAndAuthorFeedsListOnlyTheirArticles() {
    SyndFeed section = Feeds.parse(app.get("/rubrique/maroc/rss.xml"));
    SyndFeed topic = Feeds.parse(app.get("/sujet/inflation/atom.xml"));
    SyndFeed author = Feeds.parse(app.get("/auteur/leila-benjelloun/rss.xml"));

    assertThat(section.getTitle()).isEqualTo("Maroc - Kiosque");
    assertThat(section.getLink()).isEqualTo(SITE + "/rubrique/maroc");
    assertThat(section.getEntries()).extracting(SyndEntry::getTitle).containsExactly(NASTY_TITLE);
    assertThat(topic.getEntries()).hasSize(50).allSatisfy(e -> assertThat(e.getTitle()).startsWith("Économie"));
    assertThat(author.getEntries()).extracting(SyndEntry::getTitle).containsExactly(NASTY_TITLE);
    assertThat(app.get("/rubrique/inconnue/rss.xml").statusCode()).isEqualTo(404);
    assertThat(app.get("/sujet/inconnu/atom.xml").statusCode()).isEqualTo(404);
  }

  @Test
  void theGuidNeverChangesWhenTheArticleIsEdited() {
    long id = app.publish(article().id("edited").title("Titre d’origine").section("Sport").publishedAt("2025-05-30T10:00:00Z"));
    SyndEntry before = Feeds.entryTitled(Feeds.parse(app.get("/rubrique/sport/atom.xml")), "Titre d’origine");

    app.publish(article().id("edited").title("Titre corrigé").slug("titre-corrige").section("Sport")
        .publishedAt("2025-05-30T11:00:00Z"));
    SyndEntry after = Feeds.entryTitled(Feeds.parse(app.get("/rubrique/sport/atom.xml")), "Titre corrigé");

    assertThat(after.getUri()).isEqualTo(before.getUri()).isEqualTo("tag:localhost,2025-06-01:article-" + id);
    assertThat(after.getLink()).isNotEqualTo(before.getLink()).endsWith("/titre-corrige-" + id);
  }

  @Test
  void pagesLinkToTheirFeeds() {
    assertThat(alternates(app.page("/"))).containsExactly(SITE + "/rss.xml", SITE + "/atom.xml");
    assertThat(alternates(app.page("/rubrique/maroc")))
        .containsExactly(SITE + "/rubrique/maroc/rss.xml", SITE + "/rubrique/maroc/atom.xml");
    assertThat(alternates(app.page("/sujet/defense")))
        .containsExactly(SITE + "/sujet/defense/rss.xml", SITE + "/sujet/defense/atom.xml");
    assertThat(alternates(app.page("/auteur/i-l")))
        .containsExactly(SITE + "/auteur/i-l/rss.xml", SITE + "/auteur/i-l/atom.xml");
    assertThat(alternates(app.page(app.pathOf(nasty)))).containsExactly(SITE + "/rss.xml", SITE + "/atom.xml");
    Document section = app.page("/rubrique/maroc");
    assertThat(section.selectFirst("link[type=application/rss+xml]").attr("title")).isEqualTo("Maroc - Kiosque (RSS)");
    // every feed that a page announces answers
    for (String href : alternates(section)) {
      assertThat(app.get(href.substring(SITE.length())).statusCode()).isEqualTo(200);
    }
  }

  private static List<String> alternates(Document page) {
    return page.select("head link[rel=alternate]").eachAttr("href");
  }
}
