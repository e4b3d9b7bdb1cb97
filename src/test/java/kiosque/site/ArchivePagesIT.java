package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Day archives, the dateline's link to them, previous and next periods, and the footer on every page. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArchivePagesIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static long latenight;

  @BeforeAll
  static void start() {
    // Page size 2 so that a day of three articles has two pages.
    app = TestApp.start(dir, Map.of("KIOSQUE_PAGE_SIZE", "2",
        "KIOSQUE_SOCIAL_FACEBOOK", "https://www.facebook.com/kiosque.example",
        "KIOSQUE_SOCIAL_TELEGRAM", "https://t.me/kiosque_example"));
    // 23:30 UTC on 8 July is 00:30 on 9 July in Casablanca (UTC+1 in summer): the 9th's archive.
    latenight = app.publish(article().id("night").title("Nuit agitée à Rabat").section("Maroc")
        .publishedAt("2025-07-08T23:30:00Z"));
    app.publish(article().id("noon").title("Midi à Fès").section("Maroc").publishedAt("2025-07-09T11:00:00Z"));
    app.publish(article().id("evening").title("Soir à Tanger").section("Culture").publishedAt("2025-07-09T19:00:00Z"));
    app.publish(article().id("next-day").title("Le lendemain").section("Maroc").publishedAt("2025-07-10T08:00:00Z"));
    app.publish(article().id("may").title("Printemps").section("Culture").publishedAt("2025-05-02T08:00:00Z"));
    app.publish(article().id("old").title("Automne 2023").section("Culture").publishedAt("2023-11-20T08:00:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  @Order(1)
  void aDayArchiveListsThatDayInTheSiteTimeZoneNewestFirstWithPages() {
    Document first = app.page("/2025/07/09/");
    Document second = app.page("/2025/07/09/?page=2");

    assertThat(first.selectFirst("h1").text()).isEqualTo("Archives : 9 juillet 2025");
    assertThat(first.select("li.teaser h2").eachText()).containsExactly("Soir à Tanger", "Midi à Fès");
    assertThat(second.select("li.teaser h2").eachText()).containsExactly("Nuit agitée à Rabat");
    assertThat(first.selectFirst("a[rel=next]").attr("href")).isEqualTo("/2025/07/09/?page=2");
    assertThat(app.get("/2025/07/09/?page=3").statusCode()).isEqualTo(404);
    assertThat(app.page("/2025/07/08/").select("li.teaser")).isEmpty();
  }

  @Test
  @Order(1)
  void aDayHasOneCanonicalAddress() {
    String canonical = "http://localhost:8080/2025/07/09/";

    assertThat(app.page("/2025/07/09/").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
    assertThat(app.page("/2025/07/09").selectFirst("link[rel=canonical]").attr("href")).isEqualTo(canonical);
    assertThat(app.page("/2025/07/09/?page=2").selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo(canonical + "?page=2");
  }

  @Test
  @Order(1)
  void impossibleOrMalformedDaysAreNotFound() {
    for (String path : new String[] {"/2025/02/30", "/2025/02/29/", "/2025/07/32", "/2025/07/00", "/2025/7/9",
        "/2025/07/9", "/2025/13/01", "/0999/01/01", "/2025/07/aa"}) {
      assertThat(app.get(path).statusCode()).as(path).isEqualTo(404);
    }
    assertThat(app.get("/2024/02/29/").statusCode()).as("a leap day").isEqualTo(200);
  }

  @Test
  @Order(1)
  void theDatelineDateLinksToItsDayArchiveWhichListsTheArticle() {
    Element dateline = app.page(app.pathOf(latenight)).selectFirst(".dateline");
    Element date = dateline.selectFirst("time a");

    assertThat(date.text()).isEqualTo("9 juillet 2025");
    assertThat(date.attr("href")).isEqualTo("/2025/07/09/");
    // The oldest of the day's three: on its second page.
    assertThat(app.page(date.attr("href") + "?page=2").select("li.teaser h2 a").eachAttr("href"))
        .containsExactly(app.pathOf(latenight));
  }

  @Test
  @Order(1)
  void aDayLinksToTheNearestDaysWithArticlesButNeverToADayToCome() {
    Element oldest = app.page("/2023/11/20/").selectFirst("nav.archive-nav");
    Element may = app.page("/2025/05/02/").selectFirst("nav.archive-nav");
    Element empty = app.page("/2025/07/08/").selectFirst("nav.archive-nav");
    Element tenth = app.page("/2025/07/10/").selectFirst("nav.archive-nav");

    assertThat(oldest.selectFirst(".archive-previous-day")).isNull();
    // Eighteen months without articles in between: the next day is the next with articles.
    assertThat(oldest.selectFirst(".archive-next-day").attr("href")).isEqualTo("/2025/05/02/");
    assertThat(oldest.selectFirst(".archive-next-day").text()).isEqualTo("2 mai 2025 ›");
    assertThat(may.selectFirst(".archive-previous-day").attr("href")).isEqualTo("/2023/11/20/");
    assertThat(may.selectFirst(".archive-previous-day").text()).isEqualTo("‹ 20 novembre 2023");
    // The test clock says 1 June 2025: July's articles are dated in days to come.
    assertThat(may.selectFirst(".archive-next-day")).isNull();
    assertThat(empty.selectFirst(".archive-previous-day").attr("href")).isEqualTo("/2025/05/02/");
    // The 9th in Casablanca starts with an article published at 23:30 UTC on the 8th.
    assertThat(tenth.selectFirst(".archive-previous-day").attr("href")).isEqualTo("/2025/07/09/");
    assertThat(app.page("/2025/07/").select(".archive-previous-day, .archive-next-day")).isEmpty();
  }

  @Test
  @Order(1)
  void archivesLinkToTheNearestPeriodsThatHaveArticles() {
    Element july = app.page("/2025/07/").selectFirst("nav.archive-nav");
    Element may = app.page("/2025/05/").selectFirst("nav.archive-nav");
    Element day = app.page("/2025/07/09/").selectFirst("nav.archive-nav");

    // June has nothing: July's previous month is May; 2024 has nothing: the previous year is 2023.
    assertThat(july.selectFirst(".archive-previous-month").attr("href")).isEqualTo("/2025/05/");
    assertThat(july.selectFirst(".archive-previous-month").text()).isEqualTo("‹ mai 2025");
    assertThat(july.selectFirst(".archive-previous-year").attr("href")).isEqualTo("/2023/");
    assertThat(july.selectFirst(".archive-up").attr("href")).isEqualTo("/2025/");
    assertThat(july.select(".archive-next-month, .archive-next-year")).isEmpty();
    assertThat(may.selectFirst(".archive-next-month").attr("href")).isEqualTo("/2025/07/");
    assertThat(day.selectFirst(".archive-up").attr("href")).isEqualTo("/2025/07/");
    assertThat(day.selectFirst(".archive-up").text()).isEqualTo("Tous les articles de juillet 2025");
    Element year2023 = app.page("/2023/").selectFirst("nav.archive-nav");
    assertThat(year2023.select("a").eachAttr("href")).containsExactly("/2025/");
    assertThat(app.page("/rubrique/maroc").selectFirst("nav.archive-nav")).isNull();
  }

  @Test
  @Order(1)
  void everyReaderPageHasTheFooterWithSectionsYearsPublisherFeedsAndConfiguredAccounts() {
    for (String path : new String[] {"/", app.pathOf(latenight), "/rubrique/maroc", "/2025/07/09/", "/a-propos",
        "/recherche?q=Rabat"}) {
      Element footer = app.page(path).selectFirst("footer.colophon");
      assertThat(footer.select("nav[aria-labelledby=pied-rubriques] a").eachAttr("href")).as(path)
          .containsExactlyInAnyOrder("/rubrique/maroc", "/rubrique/culture");
      assertThat(footer.select("nav[aria-labelledby=pied-archives] a").eachAttr("href")).as(path)
          .containsExactly("/2025/", "/2023/");
      assertThat(footer.select("nav[aria-labelledby=pied-journal] a").eachAttr("href")).as(path)
          .containsExactly("/a-propos", "/rss.xml", "/atom.xml");
      assertThat(footer.select("nav[aria-labelledby=pied-reseaux] a").eachText()).as(path)
          .containsExactly("Facebook", "Telegram");
    }
    assertThat(app.get("/rss.xml").statusCode()).isEqualTo(200);
    assertThat(app.get("/atom.xml").statusCode()).isEqualTo(200);
    assertThat(app.get("/nulle/part").body()).contains("href=\"/a-propos\"");
  }

  @Test
  @Order(2)
  void aMonthsFirstArticleReachesTheNeighboursLinksAndANewYearEveryFooter() {
    // Both pages are in the page cache now; the new month and year must purge them.
    assertThat(app.page("/2025/07/").selectFirst(".archive-previous-month").attr("href")).isEqualTo("/2025/05/");
    assertThat(app.page("/").select("#pied-archives + ul a").eachText()).containsExactly("2025", "2023");

    app.publish(article().id("june").title("Juin").section("Maroc").publishedAt("2025-06-15T08:00:00Z"));
    app.publish(article().id("2021").title("Il y a longtemps").section("Maroc").publishedAt("2021-03-01T08:00:00Z"));

    assertThat(app.page("/2025/07/").selectFirst(".archive-previous-month").attr("href")).isEqualTo("/2025/06/");
    assertThat(app.page("/").select("#pied-archives + ul a").eachText()).containsExactly("2025", "2023", "2021");
    assertThat(app.page("/2023/").selectFirst(".archive-previous-year").attr("href")).isEqualTo("/2021/");
  }
}
