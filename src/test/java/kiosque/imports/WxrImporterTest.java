package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.Author;
import kiosque.content.Topic;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A realistic WordPress export, read into articles: what maps to what, and what is left out. */
@BothDatabases
class WxrImporterTest {

  @Parameter
  TestDatabase db;

  static final String SITE = "wp-lequotidien-atlas.ma-";

  @TempDir
  Path dir;

  Wiring wiring;
  WxrImporter importer;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir.resolve("data"), db);
    importer = new WxrImporter(wiring.articleService(), wiring.archivePaths());
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  static ImportReport importResource(WxrImporter importer, String name) throws IOException {
    try (InputStream in = WxrImporterTest.class.getResourceAsStream("/imports/wxr/" + name)) {
      return importer.importStream(in, ImportProgress.NONE);
    }
  }

  Article stored(String externalId) {
    long id = wiring.database().jdbi()
        .withHandle(h -> wiring.articleStore().findByExternalId(h, externalId)).orElseThrow().id();
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void importsThePublishedPostsAndReportsTheRest() throws IOException {
    ImportReport report = importResource(importer, "lequotidien.xml");

    assertThat(report.errors()).isEmpty();
    assertThat(report.created()).isEqualTo(4);
    assertThat(report.skipped()).extracting(SkippedItems::reason, SkippedItems::ids).containsExactly(
        org.assertj.core.groups.Tuple.tuple("brouillon", java.util.List.of("103")),
        org.assertj.core.groups.Tuple.tuple("page", java.util.List.of("104")),
        org.assertj.core.groups.Tuple.tuple("pièce jointe", java.util.List.of("201")),
        org.assertj.core.groups.Tuple.tuple("élément de menu", java.util.List.of("105")),
        org.assertj.core.groups.Tuple.tuple("privé", java.util.List.of("106")),
        org.assertj.core.groups.Tuple.tuple("protégé par un mot de passe", java.util.List.of("107")));
    assertThat(wiring.articleStore().countAll()).isEqualTo(4);
  }

  @Test
  void aClassicPostKeepsItsPlaceItsPeopleAndItsWords() throws IOException {
    importResource(importer, "lequotidien.xml");

    Article post = stored(SITE + "101");
    assertThat(post.title()).isEqualTo("Barrages : un taux de remplissage inquiétant à la mi-janvier");
    assertThat(post.slug()).isEqualTo("barrages-taux-de-remplissage");
    assertThat(post.publishedAt()).isEqualTo(Instant.parse("2021-01-14T14:20:00Z"));
    assertThat(post.section().name()).as("the primary category chosen in Yoast").isEqualTo("Économie");
    assertThat(post.topics()).extracting(Topic::name).containsExactly("Maroc", "Sécheresse", "Eau");
    assertThat(post.authors()).extracting(Author::byline).containsExactly("I.L");
    assertThat(post.summary()).isEqualTo("Les retenues n'atteignent qu'un peu plus du tiers de leur capacité.");
    assertThat(post.bodyHtml())
        .startsWith("<p>Les chiffres publiés jeudi confirment")
        .contains("<figure><img src=\"https://www.lequotidien-atlas.ma/wp-content/uploads/2021/01/al-massira.jpg\""
            + " alt=\"Le barrage Al Massira\" width=\"800\" height=\"533\">\n<figcaption>Le barrage Al Massira, en décembre."
            + "</figcaption>\n</figure>")
        .contains("<p>Le bassin de l'Oum Er-Rbia concentre les inquiétudes.<br>\nLe barrage Al Massira")
        .contains("<h2>Des pluies attendues</h2>")
        .contains("<p>« Il faudrait plusieurs épisodes pluvieux soutenus », prévient une hydrologue.</p>")
        .doesNotContain("[gallery").doesNotContain("[caption").doesNotContain("<p></p>")
        .endsWith("<p>À ce stade, aucune restriction n'est décidée pour l'eau potable.</p>");
    assertThat(wiring.articleStore().pathsOf(post.id()))
        .containsExactlyInAnyOrder("/2021/01/14/barrages-taux-de-remplissage/", "/?p=101");
  }

  @Test
  void aBlockEditorPostIsAlreadyHtml() throws IOException {
    importResource(importer, "lequotidien.xml");

    Article post = stored(SITE + "102");
    assertThat(post.title()).isEqualTo("L'armée & la défense : ce que change l’accord");
    assertThat(post.bodyHtml()).isEqualTo("<p>Rabat et Washington ont signé mercredi un accord de coopération.</p>\n\n"
        + "<blockquote><p>Un accord « historique », selon le ministère.</p></blockquote>");
    assertThat(post.publishedAt()).as("from pubDate, the GMT date being zeros").isEqualTo(Instant.parse("2021-01-20T17:05:00Z"));
    assertThat(post.section()).as("the default category is no section").isNull();
    assertThat(post.topics()).extracting(Topic::name).containsExactly("Défense");
    assertThat(post.authors()).as("a login with no author entry").extracting(Author::byline).containsExactly("invite");
    assertThat(post.summary()).isEmpty();
  }

  @Test
  void namesAndSlugsComeUnescaped() throws IOException {
    importResource(importer, "lequotidien.xml");

    Article post = stored(SITE + "108");
    assertThat(post.slug()).isEqualTo("ete-brulant");
    assertThat(post.section().name()).isEqualTo("Santé & bien-être");
    assertThat(post.topics()).extracting(Topic::name).containsExactly("Maroc", "Sécheresse");
    assertThat(post.bodyHtml()).contains("un été [sic] plus chaud");
    assertThat(wiring.articleStore().pathsOf(post.id())).contains("/2021/02/10/%C3%A9t%C3%A9-br%C3%BBlant/");
  }

  @Test
  void recordsTheFeaturedImageEvenWhenTheAttachmentComesAfterThePost() throws IOException {
    ImportReport report = importResource(importer, "lequotidien.xml");

    assertThat(report.leadImages()).containsExactly(new LeadImage(SITE + "101",
        "https://www.lequotidien-atlas.ma/wp-content/uploads/2021/01/al-massira.jpg", "Le barrage Al Massira, presque à sec"));
  }

  @Test
  void aSecondImportChangesNothing() throws IOException {
    importResource(importer, "lequotidien.xml");
    long changes = TestDatabases.rows(wiring, "content_change");

    ImportReport again = importResource(importer, "lequotidien.xml");

    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(4);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(changes);
  }

  @Test
  void siteKeysKeepTheHostAndFolderWithoutWww() {
    assertThat(WxrPosts.siteKey("https://www.lequotidien-atlas.ma")).isEqualTo("lequotidien-atlas.ma");
    assertThat(WxrPosts.siteKey("https://Example.com/blog/")).isEqualTo("example.com/blog");
    assertThat(WxrPosts.siteKey("")).isEmpty();
  }
}
