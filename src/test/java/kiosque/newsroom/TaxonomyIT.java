package kiosque.newsroom;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import kiosque.changes.ChangeKind;
import kiosque.content.Topic;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Renaming and merging from the management pages; old addresses keep answering with 301. */
class TaxonomyIT {

  @TempDir
  static Path dir;
  static TestApp app;
  static NewsroomClient editor;

  @BeforeAll
  static void start() {
    app = TestApp.start(dir);
    editor = app.loggedIn(Role.EDITOR, "editor@example.ma");
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  private static long id(String table, String slug) {
    return app.wiring().database().jdbi().withHandle(h -> h.createQuery("select id from " + table + " where slug = :s")
        .bind("s", slug).mapTo(Long.class).one());
  }

  private static void assertRedirect(String from, String to) {
    HttpResponse<String> response = app.get(from);
    assertThat(response.statusCode()).as(from).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).as(from).hasValue(to);
  }

  @Test
  void renamingASectionKeepsItsOldAddressRedirectingAndUpdatesItsArticles() {
    long article = app.publish(article().id("tax-1").title("Les régions du Nord").section("Régions"));
    long before = app.wiring().changeLog().head();

    HttpResponse<String> renamed = editor.submit("/redaction/rubriques/" + id("section", "regions"),
        Map.of("name", "Régions et territoires", "slug", "", "description", "Toute l’actualité des régions."));

    assertThat(renamed.statusCode()).isEqualTo(303);
    assertRedirect("/rubrique/regions", "/rubrique/regions-et-territoires");
    assertRedirect("/rubrique/regions?page=2", "/rubrique/regions-et-territoires?page=2");
    // The dateline's first link is its date (to the day's archive, issue 14); the section's follows.
    assertThat(app.page(app.pathOf(article)).selectFirst(".dateline a[href^=/rubrique/]").text())
        .isEqualTo("Régions et territoires");
    assertThat(app.wiring().changeLog().after(before, 10)).filteredOn(c -> c.kind().changesArticle())
        .extracting(c -> c.articleId() + ":" + c.kind())
        .containsExactly(article + ":" + ChangeKind.UPDATED);
  }

  @Test
  void mergingTwoTopicsMovesTheArticlesAndRedirectsTheOldTopic() {
    long a = app.publish(article().id("tax-2").title("Sécheresse au Souss").topics("Sécheresse"));
    long b = app.publish(article().id("tax-3").title("Le manque d’eau").topics("Manque d’eau", "Sécheresse"));

    HttpResponse<String> merged = editor.submit("/redaction/sujets/" + id("topic", "manque-d-eau") + "/fusionner",
        Map.of("into", "secheresse"));

    assertThat(merged.statusCode()).isEqualTo(303);
    assertRedirect("/sujet/manque-d-eau", "/sujet/secheresse");
    assertThat(app.page("/sujet/secheresse").select("main h2, main h3").eachText())
        .contains("Sécheresse au Souss", "Le manque d’eau");
    assertThat(app.wiring().articleStore().findById(b).orElseThrow().topics()).extracting(Topic::name)
        .containsExactly("Sécheresse");
    assertThat(app.wiring().articleStore().findById(a).orElseThrow().topics()).extracting(Topic::name)
        .containsExactly("Sécheresse");

    editor.submit("/redaction/sujets/" + id("topic", "secheresse"), Map.of("name", "Sécheresse et eau", "slug", ""));
    assertRedirect("/sujet/manque-d-eau", "/sujet/secheresse-et-eau");
    assertRedirect("/sujet/secheresse", "/sujet/secheresse-et-eau");
  }

  @Test
  void aNameAlreadyTakenIsRefusedWithAClearMessage() {
    app.publish(article().id("tax-4").title("Deux sujets").topics("Climat", "Météo"));

    HttpResponse<String> refused = editor.submit("/redaction/sujets/" + id("topic", "meteo"),
        Map.of("name", "climat", "slug", ""));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(Jsoup.parse(refused.body()).selectFirst(".error").text()).contains("existe déjà", "Fusionnez");
  }

  @Test
  void anAuthorGetsAFullNameABioAndANewAddress() {
    app.publish(article().id("tax-5").title("Signé").bylines("Y.B"));

    editor.submit("/redaction/auteurs/" + id("author", "y-b"), Map.of("name", "Y.B", "slug", "youssef-bennani",
        "fullName", "Youssef Bennani", "description", "Journaliste économique depuis 2010.", "photo", ""));

    assertRedirect("/auteur/y-b", "/auteur/youssef-bennani");
    var page = app.page("/auteur/youssef-bennani");
    assertThat(page.selectFirst("main h1").text()).isEqualTo("Youssef Bennani");
    assertThat(page.select("main").text()).contains("Journaliste économique depuis 2010.");
  }

  /**
   * The article page names its topics and authors from memory (content.AuthorsAndTopicsCache, its
   * ids on its row): viewed before, then renamed and merged in the newsroom, it shows the new names.
   */
  @Test
  void theArticlePageShowsItsTopicsAndAuthorAsRenamedAndMerged() {
    long article = app.publish(article().id("tax-6").title("Le barrage se remplit").topics("Barrages", "Pluies")
        .bylines("S.K"));
    String path = app.pathOf(article);
    assertThat(app.page(path).select("nav.topics a").eachText()).containsExactly("Barrages", "Pluies");
    assertThat(app.page(path).select(".dateline a[rel=author]").eachText()).containsExactly("S.K");

    editor.submit("/redaction/sujets/" + id("topic", "barrages"), Map.of("name", "Barrages du Maroc", "slug", ""));
    editor.submit("/redaction/auteurs/" + id("author", "s-k"), Map.of("name", "Saïd K.", "slug", "",
        "fullName", "", "description", "", "photo", ""));
    assertThat(app.page(path).select("nav.topics a").eachText()).containsExactly("Barrages du Maroc", "Pluies");
    assertThat(app.page(path).select(".dateline a[rel=author]").eachText()).containsExactly("Saïd K.");

    editor.submit("/redaction/sujets/" + id("topic", "pluies") + "/fusionner", Map.of("into", "Barrages du Maroc"));
    assertThat(app.page(path).select("nav.topics a").eachText()).containsExactly("Barrages du Maroc");
  }
}
