package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.Author;
import kiosque.content.Topic;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** RSS and Atom items as articles crediting their source, recognised by their guid. */
@BothDatabases
class FeedImporterTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  Wiring wiring;
  FeedImporter importer;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir.resolve("data"), db);
    importer = new FeedImporter(wiring.articleService());
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  ImportReport importResource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/imports/" + name)) {
      return importer.importStream(in, ImportProgress.NONE);
    }
  }

  ImportReport importText(String xml) throws IOException {
    return importer.importStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);
  }

  List<Article> articles() {
    return wiring.database().jdbi().withHandle(h -> h.createQuery("select id from article order by id")
        .mapTo(Long.class).list()).stream().map(id -> wiring.articleStore().findById(id).orElseThrow()).toList();
  }

  @Test
  void importsTheItemsReportsTheRest() throws IOException {
    ImportReport report = importResource("feeds/agence-economie.xml");

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(LineError::message)
        .containsExactly("item 4 (aap-eco-2021-0409): title is missing");
    assertThat(report.skipped()).extracting(SkippedItems::reason, SkippedItems::ids).containsExactly(
        Tuple.tuple("guid en double dans le fil", List.of("aap-eco-2021-0412")),
        Tuple.tuple("sans guid, id ni lien", List.of("élément 5")));
  }

  @Test
  void anRssItemCreditsItsSource() throws IOException {
    importResource("feeds/agence-economie.xml");

    Article dispatch = articles().get(0);
    assertThat(dispatch.title()).isEqualTo("Le port de Tanger Med dépasse ses objectifs de 2020");
    assertThat(dispatch.sourceName()).isEqualTo("Agence Atlas Presse — Économie");
    assertThat(dispatch.sourceUrl()).isEqualTo("https://www.atlas-presse.ma/economie/2021/03/02/tanger-med-objectifs");
    assertThat(dispatch.publishedAt()).isEqualTo(Instant.parse("2021-03-02T08:30:00Z"));
    assertThat(dispatch.authors()).extracting(Author::byline).containsExactly("Sara M.");
    assertThat(dispatch.topics()).extracting(Topic::name).containsExactly("Transport", "Commerce extérieur");
    assertThat(dispatch.summary()).isEqualTo("Le trafic de conteneurs a progressé de 20 % malgré la pandémie.");
    assertThat(dispatch.bodyHtml()).startsWith("<p>Le complexe portuaire a traité plus de <strong>5,7 millions</strong>")
        .doesNotContain("script");
    assertThat(dispatch.externalId()).startsWith("feed-").hasSize(5 + 32);

    Article brief = articles().get(1);
    assertThat(brief.bodyHtml()).isEqualTo("<p>L'indice des prix à la consommation a augmenté de 0,3 % sur un mois, "
        + "tiré par l'alimentation &amp; l'énergie.</p>");
    assertThat(brief.summary()).isEmpty();
    assertThat(brief.authors()).extracting(Author::byline).containsExactly("depeches@atlas-presse.ma (Karim B.)");
  }

  @Test
  void anAtomEntryToo() throws IOException {
    ImportReport report = importResource("feeds/blog-atom.xml");

    assertThat(report.created()).isEqualTo(2);
    Article tanneurs = articles().get(0);
    assertThat(tanneurs.title()).isEqualTo("Les tanneurs de Chouara & leurs couleurs");
    assertThat(tanneurs.sourceName()).isEqualTo("Carnets de la médina");
    assertThat(tanneurs.sourceUrl()).isEqualTo("https://carnets-medina.example.org/2021/03/tanneurs");
    assertThat(tanneurs.publishedAt()).isEqualTo(Instant.parse("2021-03-05T16:30:00Z"));
    assertThat(tanneurs.authors()).extracting(Author::byline).containsExactly("Nadia E.");
    assertThat(tanneurs.bodyHtml())
        .isEqualTo("<p>Depuis la terrasse, les cuves forment un damier de couleurs.</p><p>Le travail commence à l'aube.</p>");
    Article pain = articles().get(1);
    assertThat(pain.publishedAt()).as("updated, without published").isEqualTo(Instant.parse("2021-02-20T09:00:00Z"));
    assertThat(pain.bodyHtml()).isEqualTo("<p>Chaque famille apporte sa pâte le matin.</p><p>Le fournier la rend cuite à midi.</p>");
  }

  @Test
  void theSameFeedAgainChangesNothingAndALaterOneOnlyWhatChanged() throws IOException {
    importResource("feeds/agence-economie.xml");

    ImportReport again = importResource("feeds/agence-economie.xml");
    String later = new String(getClass().getResourceAsStream("/imports/feeds/agence-economie.xml").readAllBytes(),
        StandardCharsets.UTF_8).replace("hausse de 0,3 % en janvier", "hausse de 0,4 % en janvier");
    ImportReport next = importText(later);

    assertThat(again.created()).isZero();
    assertThat(again.unchanged()).isEqualTo(2);
    assertThat(next.updated()).isEqualTo(1);
    assertThat(next.unchanged()).isEqualTo(1);
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
  }

  @Test
  void bareGuidsAreScopedToTheirFeed() throws IOException {
    String feed = """
        <rss version="2.0"><channel><title>%s</title><link>%s</link>
        <item><title>Dépêche</title><guid isPermaLink="false">42</guid><description>Texte.</description></item>
        </channel></rss>""";

    importText(feed.formatted("Fil A", "https://a.example.org/"));
    importText(feed.formatted("Fil B", "https://b.example.org/"));

    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
  }

  @Test
  void aFeedCutShortImportsNothingAndSaysWhere() {
    ImportReadException e = catchThrowableOfType(ImportReadException.class,
        () -> importResource("feeds/fil-tronque.xml"));

    assertThat(e.getMessage()).matches("line \\d+, column \\d+: the feed is malformed: .+");
    assertThat(wiring.articleStore().countAll()).isZero();
  }

  @Test
  void somethingElseIsNotAFeed() {
    ImportReadException html = catchThrowableOfType(ImportReadException.class,
        () -> importText("<html><body><p>Une page</p></body></html>"));
    ImportReadException wordpress = catchThrowableOfType(ImportReadException.class,
        () -> importResource("wxr/lequotidien.xml"));

    assertThat(html.getMessage()).startsWith("not an RSS or Atom feed: ");
    assertThat(wordpress.getMessage()).isEqualTo("this is a WordPress export, not a feed: import it with --format wxr");
    assertThat(wiring.articleStore().countAll()).isZero();
  }
}
