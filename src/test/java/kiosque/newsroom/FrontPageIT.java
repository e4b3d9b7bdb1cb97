package kiosque.newsroom;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.Await;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Editors run the front page over real HTTP: a pick, the banner and the menu reach readers' pages
 * (cached before) within a second through the change feed alone, journalists are refused, and
 * forged forms answer 400 with a French message.
 */
class FrontPageIT {

  static final Duration A_SECOND = Duration.ofSeconds(1);

  @TempDir
  static Path dir;
  static MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  static TestApp app;
  /** Does not wait for the followers after a form: the change feed must bring the change by itself. */
  static NewsroomClient editor;
  static NewsroomClient journalist;
  static long old;
  static long newest;
  static long sport;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir, Map.of(), clock);
    app.account(Role.EDITOR, "une@example.ma");
    editor = new NewsroomClient(app.port(), () -> { }).login("une@example.ma");
    journalist = app.loggedIn(Role.JOURNALIST, "nadia@example.ma");
    old = app.publish(article().id("old").title("Le barrage d'Agadir à 10 %").section("Maroc")
        .publishedAt("2025-05-01T10:00:00Z"));
    for (int i = 1; i <= 6; i++) {
      app.publish(article().id("n" + i).title("Brève n° " + i).section("Maroc")
          .publishedAt("2025-05-2%dT10:00:00Z".formatted(i)));
    }
    sport = app.publish(article().id("sport").title("Le Raja gagne la coupe").section("Sport")
        .publishedAt("2025-05-29T10:00:00Z"));
    newest = app.publish(article().id("newest").title("Dernière heure à Rabat").section("Maroc")
        .publishedAt("2025-05-30T10:00:00Z"));
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  @BeforeEach
  void automaticFrontPage() {
    for (int slot = 0; slot < 5; slot++) {
      editor.submit("/redaction/une/emplacements", Map.of("position", String.valueOf(slot), "article", ""));
    }
    editor.submit("/redaction/une/alerte/retirer", Map.of());
    app.settle();
  }

  static String mainStory() {
    Element main = app.page("/").selectFirst("section.latest .front-main li.teaser h3");
    return main == null ? null : main.text();
  }

  @Test
  void anEditorPicksTheMainStoryAndTheCachedHomeShowsItWithinASecond() {
    assertThat(mainStory()).isEqualTo("Dernière heure à Rabat");
    assertThat(app.get("/").headers().firstValue("X-Cache")).contains("hit");

    HttpResponse<String> saved = editor.submit("/redaction/une/emplacements",
        Map.of("position", "0", "article", app.pathOf(old), "hours", ""));
    assertThat(saved.statusCode()).isEqualTo(303);

    Await.until("the home shows the pick", A_SECOND, () -> "Le barrage d'Agadir à 10 %".equals(mainStory()));
    Document home = app.page("/");
    assertThat(home.select(".front-featured li.teaser h3").eachText()).first().isEqualTo("Dernière heure à Rabat");
    assertThat(home.select("section.latest li.teaser h3").eachText()).as("never twice")
        .doesNotHaveDuplicates();
  }

  @Test
  void aPickExpiresAtItsTimeAndAnUnpublishedPickFallsBack() {
    editor.submit("/redaction/une/emplacements", Map.of("position", "0", "article", String.valueOf(sport),
        "hours", "2"));
    Await.until("the pick shows", A_SECOND, () -> "Le Raja gagne la coupe".equals(mainStory()));

    clock.advance(Duration.ofHours(2));
    app.wiring().frontPageExpiry().wake();
    Await.until("the expired pick goes", A_SECOND, () -> "Dernière heure à Rabat".equals(mainStory()));

    editor.submit("/redaction/une/emplacements", Map.of("position", "1", "article", String.valueOf(old)));
    app.settle();
    app.save(article().id("old").title("Le barrage d'Agadir à 10 %").section("Maroc")
        .publishedAt("2025-05-01T10:00:00Z").status(ArticleStatus.UNPUBLISHED).build());
    HttpResponse<String> home = app.get("/");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).doesNotContain("Le barrage d'Agadir").doesNotContain("Le barrage d&#39;Agadir");
    app.save(article().id("old").title("Le barrage d'Agadir à 10 %").section("Maroc")
        .publishedAt("2025-05-01T10:00:00Z").build());
  }

  @Test
  void theBannerShowsOnACachedArticlePageAndGoesWhenCleared() {
    String path = app.pathOf(old);
    assertThat(app.page(path).select(".breaking")).isEmpty();

    editor.submit("/redaction/une/alerte", Map.of("message", "Séisme ressenti à Marrakech",
        "link", app.pathOf(newest), "hours", ""));
    Await.until("the banner shows", A_SECOND, () -> !app.page(path).select(".breaking").isEmpty());
    Element banner = app.page(path).selectFirst(".breaking a");
    assertThat(banner.text()).isEqualTo("Séisme ressenti à Marrakech");
    assertThat(banner.attr("href")).isEqualTo(app.pathOf(newest));
    assertThat(app.page("/").selectFirst(".breaking").text()).contains("Alerte info");

    editor.submit("/redaction/une/alerte/retirer", Map.of());
    Await.until("the banner goes", A_SECOND, () -> app.page(path).select(".breaking").isEmpty());
  }

  @Test
  void theMenuShowsTheSectionsEditorsChooseInTheirOrder() {
    Document screen = editor.page("/redaction/une");
    List<String> ids = screen.select("input[name=section]").eachAttr("value");
    assertThat(ids).hasSize(2);
    String maroc = screen.select("tr").stream().filter(r -> r.text().contains("Maroc")).findFirst().orElseThrow()
        .selectFirst("input[name=section]").val();
    String sportId = ids.stream().filter(id -> !id.equals(maroc)).findFirst().orElseThrow();

    editor.submit("/redaction/une/rubriques", List.of(Map.entry("section", maroc), Map.entry("order-" + maroc, "2"),
        Map.entry("menu-" + maroc, "on"), Map.entry("home-" + maroc, ""), Map.entry("section", sportId),
        Map.entry("order-" + sportId, "1"), Map.entry("menu-" + sportId, "on"), Map.entry("home-" + sportId, "0")));
    Await.until("the menu follows", A_SECOND, () -> app.page(app.pathOf(old)).select("header.masthead nav a")
        .eachText().equals(List.of("Sport", "Maroc")));
    assertThat(app.page("/").select("section.section-block > h2").eachText()).containsExactly("Sport");

    editor.submit("/redaction/une/rubriques", List.of(Map.entry("section", maroc), Map.entry("order-" + maroc, "0"),
        Map.entry("home-" + maroc, ""), Map.entry("section", sportId), Map.entry("order-" + sportId, "1"),
        Map.entry("menu-" + sportId, "on"), Map.entry("home-" + sportId, "")));
    Await.until("Maroc leaves the menu", A_SECOND, () -> app.page("/").select("header.masthead nav a")
        .eachText().equals(List.of("Sport")));
  }

  @Test
  void journalistsAreRefusedAndForgedFormsAnswer400InFrench() {
    assertThat(journalist.get("/redaction/une").statusCode()).isEqualTo(403);
    assertThat(journalist.submit("/redaction/une/alerte", Map.of("message", "Alerte")).statusCode()).isEqualTo(403);
    assertThat(editor.post("/redaction/une/alerte", Map.of("message", "Sans jeton")).statusCode())
        .as("no CSRF token").isEqualTo(403);

    HttpResponse<String> position = editor.submit("/redaction/une/emplacements",
        Map.of("position", "9", "article", String.valueOf(old)));
    assertThat(position.statusCode()).isEqualTo(400);
    assertThat(position.body()).contains("Emplacement inconnu");
    assertThat(editor.submit("/redaction/une/emplacements", Map.of("position", "-1", "article", "1")).body())
        .contains("doit être un nombre entier");
    assertThat(editor.submit("/redaction/une/emplacements", Map.of("position", "0", "article", "n’importe quoi"))
        .statusCode()).isEqualTo(400);
    assertThat(editor.submit("/redaction/une/emplacements", Map.of("position", "0", "article", "99999")).body())
        .contains("n’est pas publié");
    assertThat(editor.submit("/redaction/une/rubriques", List.of(Map.entry("section", "424242"),
        Map.entry("order-424242", "0"))).body()).contains("La rubrique n° 424242 n’existe pas");
    assertThat(editor.submit("/redaction/une/alerte", Map.of("message", "Alerte", "link", "javascript:alert(1)"))
        .statusCode()).isEqualTo(400);
    assertThat(app.page("/").select(".breaking")).isEmpty();
  }

  @Test
  void theScreenFindsArticlesByTitleAndShowsWhatReadersSee() {
    Document screen = editor.page("/redaction/une?q=barrage");
    assertThat(screen.select("ol.found li").eachText()).singleElement().asString().contains("n° " + old);
    assertThat(screen.selectFirst("#emplacement-0").text()).contains("Dernière heure à Rabat", "automatique");
    assertThat(editor.page("/redaction").select("nav a").eachText()).contains("Une");
  }
}
