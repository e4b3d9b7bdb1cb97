package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WordPress export imported with the command line beside the running site: the old addresses keep working. */
class WordPressRedirectsIT {

  static final String SITE = "wp-lequotidien-atlas.ma-";

  @TempDir
  static Path dir;
  static TestApp app;
  static CliRun run;

  @BeforeAll
  static void importTheExport() throws IOException {
    Path data = dir.resolve("data");
    app = TestApp.start(data);
    Path export = dir.resolve("export.xml");
    try (var in = WordPressRedirectsIT.class.getResourceAsStream("/imports/wxr/lequotidien.xml")) {
      java.nio.file.Files.copy(in, export);
    }
    run = CliRun.of("import", "--data", data.toString(), "--format", "wxr", export.toString());
  }

  @AfterAll
  static void stop() {
    app.close();
  }

  static String pathOf(String externalId) {
    long id = app.wiring().database().jdbi()
        .withHandle(h -> app.wiring().articleStore().findByExternalId(h, externalId)).orElseThrow().id();
    return app.pathOf(id);
  }

  static void assertRedirect(String oldAddress, String externalId) {
    HttpResponse<String> response = app.get(oldAddress);
    assertThat(response.statusCode()).as(oldAddress).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).as(oldAddress).hasValue(pathOf(externalId));
  }

  @Test
  void theCommandSaysWhatItImportedAndWhatItLeftOut() {
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out().lines()).first().asString().startsWith("Importé : 4 créés, 0 mis à jour, 0 inchangé, 0 en échec");
    assertThat(run.out()).contains("Laissé de côté (brouillon) : 1 — 103", "Laissé de côté (page) : 1 — 104",
        "Laissé de côté (pièce jointe) : 1 — 201", "Images à la une relevées : 1");
  }

  @Test
  void oldPermalinksAnswer301ToTheNewArticle() {
    assertRedirect("/2021/01/14/barrages-taux-de-remplissage/", SITE + "101");
    assertRedirect("/2021/01/20/armee-defense-accord/", SITE + "102");
  }

  @Test
  void withOrWithoutTheFinalSlash() {
    assertRedirect("/2021/01/14/barrages-taux-de-remplissage", SITE + "101");
  }

  @Test
  void theQuestionMarkPFormLandsOnTheArticleNotOnTheHomePage() {
    assertRedirect("/?p=101", SITE + "101");
    assertRedirect("/?p=108", SITE + "108");
    assertThat(app.get("/?p=103").statusCode()).as("a draft that was left out").isEqualTo(200);
    assertThat(app.get("/?page=1").statusCode()).isEqualTo(200);
  }

  @Test
  void accentedSlugsMatchWhateverTheCaseOfTheirEscapes() {
    assertRedirect("/2021/02/10/%C3%A9t%C3%A9-br%C3%BBlant/", SITE + "108");
    assertRedirect("/2021/02/10/%c3%a9t%c3%a9-br%c3%bblant/", SITE + "108");
  }

  @Test
  void anOldPermalinkEndingInANumberIsNotTakenForAnArticleId() {
    // chantiers-3 ends like the address of article 3; the claimed old address must win.
    assertRedirect("/2021/02/15/chantiers-3/", SITE + "109");
  }

  static void assertMoved(String oldAddress, String newAddress) {
    HttpResponse<String> response = app.get(oldAddress);
    assertThat(response.statusCode()).as(oldAddress).isEqualTo(301);
    assertThat(response.headers().firstValue("Location")).as(oldAddress).hasValue(newAddress);
  }

  @Test
  void categoryAndTagPagesGoToTheirSectionOrTopicWithTheirPageAndFeed() {
    assertThat(run.out()).contains("Anciennes pages de catégories et d’étiquettes redirigées : 8");
    assertMoved("/category/maroc/", "/rubrique/maroc");
    assertMoved("/category/maroc", "/rubrique/maroc");
    assertMoved("/category/economie/", "/rubrique/economie");
    assertMoved("/category/sante-bien-etre/page/2/", "/rubrique/sante-bien-etre?page=2");
    assertMoved("/category/maroc/fes-meknes/", "/sujet/fes-meknes");
    assertMoved("/category/fes-meknes/", "/sujet/fes-meknes");
    assertMoved("/tag/eau/", "/sujet/eau");
    assertMoved("/tag/defense/feed/", "/sujet/defense/rss.xml");
    assertMoved("/tag/defense/feed/atom/", "/sujet/defense/atom.xml");
    assertThat(app.page("/rubrique/sante-bien-etre").select("h1").text()).isEqualTo("Santé & bien-être");
    assertThat(app.get("/category/non-classe/").statusCode()).as("the default category is no section").isEqualTo(404);
    assertThat(app.get("/tag/inconnu/").statusCode()).isEqualTo(404);
    assertThat(app.get("/tag/inconnu/page/3/").statusCode()).as("not article 3").isEqualTo(404);
  }

  @Test
  void aTopicRenamedSinceTheImportIsFollowedInOneRedirect() {
    var admin = new kiosque.newsroom.accounts.Actor(
        app.account(kiosque.newsroom.shell.Role.ADMINISTRATOR, "admin@lequotidien-atlas.ma"), "test");
    long id = app.wiring().taxonomyStore().topicBySlug("secheresse").orElseThrow().id();
    app.wiring().taxonomyAdmin().renameTopic(admin, id, "Sécheresse au Maroc", "secheresse-au-maroc", "");
    app.settle();

    assertMoved("/tag/secheresse/", "/sujet/secheresse-au-maroc");
    assertMoved("/tag/secheresse/page/3/", "/sujet/secheresse-au-maroc?page=3");
  }

  @Test
  void theNewAddressesServeTheArticles() {
    assertThat(app.page(pathOf(SITE + "101")).select("h1").text())
        .isEqualTo("Barrages : un taux de remplissage inquiétant à la mi-janvier");
    assertThat(app.get("/qui-sommes-nous/").statusCode()).as("a page that was left out").isEqualTo(404);
  }
}
