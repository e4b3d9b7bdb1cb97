package kiosque.site;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticlePageIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static long main;
  static long unpublished;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of(
        "KIOSQUE_GOOGLE_NEWS_URL", "https://news.google.com/publications/kiosque",
        "KIOSQUE_WHATSAPP_URL", "https://whatsapp.com/channel/kiosque"));
    main = app.publish(article().id("main").title("Washington et Rabat signent un accord d’armement")
        .summary("Un accord « historique » de défense.").section("Maroc").bylines("I.L")
        .topics("États-Unis", "Défense", "Armement").publishedAt("2021-01-14T14:20:00Z")
        .source("La MAP", "https://www.mapexpress.ma/")
        .body("<p>Premier paragraphe.</p><p>Second paragraphe.</p>"));
    // Four close stories (sharing the rare topic "Armement"), then fresher ones sharing a common topic.
    for (int i = 1; i <= 4; i++) {
      app.publish(article().id("close-" + i).title("Armement, épisode " + i).topics("Armement", "Défense")
          .section("Monde").publishedAt("2021-0" + (i + 1) + "-01T10:00:00Z"));
    }
    for (int i = 1; i <= 12; i++) {
      app.publish(article().id("fresh-" + i).title("Actualité américaine " + i).topics("États-Unis")
          .section("Monde").publishedAt("2024-%02d-10T10:00:00Z".formatted(i)));
    }
    unpublished = app.publish(article().id("hidden").title("Armement, brouillon").topics("Armement")
        .status(ArticleStatus.DRAFT));
    app.publish(article().id("withdrawn").title("Armement, retiré").topics("Armement").status(ArticleStatus.UNPUBLISHED));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @Test
  void showsThePartsInTheOrderThatDefinesUs() {
    Document page = app.page(app.pathOf(main));
    Element article = page.selectFirst("main article");

    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("main h1, main .dateline, main .body, main .source, main .follow, main .topics, "
        + "main section.related > h2").stream().map(ArticlePageIT::role).toList())
        .containsExactly("h1", "dateline", "body", "source", "follow", "topics", "aller-plus-loin", "recommandations");
    assertThat(article.selectFirst("h1").text()).isEqualTo("Washington et Rabat signent un accord d’armement");
    assertThat(article.selectFirst(".body").select("p")).extracting(Element::text)
        .containsExactly("Premier paragraphe.", "Second paragraphe.");
  }

  private static String role(Element e) {
    if (e.tagName().equals("h1")) {
      return "h1";
    }
    if (!e.id().isEmpty()) {
      return e.id();
    }
    return e.className().split(" ")[0];
  }

  @Test
  void datelineIsInFrenchInCasablancaTimeWithLinkedSectionAndByline() {
    Element dateline = app.page(app.pathOf(main)).selectFirst(".dateline");

    assertThat(dateline.text()).isEqualTo("14 janvier 2021 - 15h20 - Maroc - Ecrit par : I.L");
    assertThat(dateline.selectFirst("time").attr("datetime")).isEqualTo("2021-01-14T15:20:00+01:00");
    // The date links to its day's archive (issue 14), then the section and the byline.
    assertThat(dateline.select("a").eachAttr("href")).containsExactly("/2021/01/14/", "/rubrique/maroc", "/auteur/i-l");
  }

  @Test
  void datelinesFollowTheSummerTimeAndTheRamadanClockChange() {
    long summer = app.publish(article().id("summer").title("Été").bylines("K.B", "S.M").section("Sport")
        .publishedAt("2024-07-03T08:05:00Z"));
    long ramadan = app.publish(article().id("ramadan").title("Ftour solidaire").section("Société")
        .publishedAt("2024-03-20T14:20:00Z"));

    assertThat(app.page(app.pathOf(summer)).selectFirst(".dateline").text())
        .isEqualTo("3 juillet 2024 - 09h05 - Sport - Ecrit par : K.B, S.M");
    Element duringRamadan = app.page(app.pathOf(ramadan)).selectFirst(".dateline");
    assertThat(duringRamadan.text()).isEqualTo("20 mars 2024 - 14h20 - Société - Ecrit par : I.L");
    assertThat(duringRamadan.selectFirst("time").attr("datetime")).isEqualTo("2024-03-20T14:20:00Z");
  }

  @Test
  void topicsLinkToTheirPagesSeparatedByDashes() {
    Element topics = app.page(app.pathOf(main)).selectFirst(".topics");

    assertThat(topics.text()).isEqualTo("Sujets associés : États-Unis - Défense - Armement");
    assertThat(topics.select("a").eachAttr("href")).containsExactly("/sujet/etats-unis", "/sujet/defense", "/sujet/armement");
  }

  @Test
  void sourceAndFollowLinksComeFromTheArticleAndTheConfiguration() {
    Document page = app.page(app.pathOf(main));

    assertThat(page.selectFirst(".source").text()).isEqualTo("Source : La MAP");
    assertThat(page.selectFirst(".source a").attr("href")).isEqualTo("https://www.mapexpress.ma/");
    assertThat(page.select(".follow a").eachAttr("href"))
        .containsExactly("https://news.google.com/publications/kiosque", "https://whatsapp.com/channel/kiosque");
  }

  @Test
  void goFurtherListsTheFourClosestStoriesAndNeverItselfOrUnpublished() {
    Document page = app.page(app.pathOf(main));
    List<String> further = page.select("section.go-further li h3").eachText();

    assertThat(further).hasSize(4).allMatch(title -> title.startsWith("Armement, épisode"));
    assertThat(page.select("section.go-further li")).allSatisfy(li -> assertThat(li.selectFirst("p.summary")).isNotNull());
  }

  @Test
  void recommendationsAreFreshDistinctFromGoFurtherAndPublishedOnly() {
    Document page = app.page(app.pathOf(main));
    List<String> further = page.select("section.go-further li h3").eachText();
    List<String> recommended = page.select("section.recommended li h3").eachText();

    assertThat(recommended).hasSize(10).doesNotContainAnyElementsOf(further)
        .doesNotContain("Washington et Rabat signent un accord d’armement", "Armement, brouillon", "Armement, retiré");
    assertThat(recommended.getFirst()).isEqualTo("Actualité américaine 12");
  }

  @Test
  void headCarriesTitleDescriptionAndCanonicalAddress() {
    Document page = app.page(app.pathOf(main));

    assertThat(page.title()).isEqualTo("Washington et Rabat signent un accord d’armement - Kiosque");
    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("fr");
    assertThat(page.selectFirst("meta[name=description]").attr("content")).isEqualTo("Un accord « historique » de défense.");
    assertThat(page.selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("http://localhost:8080/2021/01/14/washington-et-rabat-signent-un-accord-d-armement-" + main);
  }

  @Test
  void aWrongSlugOrDateAnswers301ToTheCanonicalAddress() {
    String canonical = app.pathOf(main);
    var wrongSlug = app.get("/2021/01/14/ancien-titre-" + main);
    var wrongDate = app.get("/2020/12/31/washington-et-rabat-signent-un-accord-d-armement-" + main);

    assertThat(wrongSlug.statusCode()).isEqualTo(301);
    assertThat(wrongSlug.headers().firstValue("Location")).hasValue(canonical);
    assertThat(wrongDate.statusCode()).isEqualTo(301);
    assertThat(wrongDate.headers().firstValue("Location")).hasValue(canonical);
  }

  @Test
  void draftsAreNotFoundAndWithdrawnArticlesAreGone() {
    assertThat(app.get("/2021/01/14/armement-brouillon-" + unpublished).statusCode()).isEqualTo(404);
    long withdrawn = app.wiring().articleService().save(article().id("withdrawn").title("Armement, retiré")
        .topics("Armement").status(ArticleStatus.UNPUBLISHED).build()).articleId();
    var gone = app.get("/2021/01/14/armement-retire-" + withdrawn);
    assertThat(gone.statusCode()).isEqualTo(410);
    assertThat(gone.body()).contains("Article retiré");
  }
}
