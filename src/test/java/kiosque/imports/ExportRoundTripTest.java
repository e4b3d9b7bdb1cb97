package kiosque.imports;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.ArticleStatus;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** export, import into an empty site, export again: the same bytes. */
@BothDatabases
class ExportRoundTripTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  @Test
  void theDemoPaperComesBackByteForByte() throws IOException {
    byte[] first;
    try (Wiring source = TestDatabases.wiring(dir.resolve("source"), db);
        InputStream demo = getClass().getResourceAsStream(DemoContent.RESOURCE)) {
      ImportReport loaded = new JsonLinesImporter(source.articleService()).importStream(demo, ImportProgress.NONE);
      assertThat(loaded.errors()).isEmpty();
      first = export(source, ArticleExporter.PAGE_SIZE);
    }

    byte[] second = reimportAndExport(first, "copy");

    assertThat(lines(first)).hasSize(51);
    assertThat(new String(second, StandardCharsets.UTF_8)).isEqualTo(new String(first, StandardCharsets.UTF_8));
    assertThat(second).isEqualTo(first);
  }

  @Test
  void everyFieldAndEveryKindOfArticleSurvives() throws IOException {
    byte[] first;
    try (Wiring source = TestDatabases.wiring(dir.resolve("source"), db)) {
      source.articleService().save(article().id("wp-lematin.ma-12").slug("un-slug-choisi")
          .title("Washington & Rabat : « accord » <historique> 🎉").summary("")
          .body("<p>Un <a href=\"https://example.org/x?a=1&b=2\">lien</a> et <a href=\"/maroc/autre\">un autre</a>.</p>"
              + "<figure><img src=\"https://cdn.example.org/p.jpg\" alt=\"Photo\"><figcaption>Légende</figcaption></figure>")
          .section("Économie").bylines("I.L", "Karim B.").topics("États-Unis", "Défense")
          .source("La MAP", "https://www.mapexpress.ma/article/1")
          .legacyPaths("/2021/01/14/accord/", "/?p=12", "https://ancien.example.ma/archives/12.html")
          .publishedAt("2021-01-14T14:20:00.123456Z").build());
      source.articleService().save(article().id("brouillon").status(ArticleStatus.DRAFT).publishedAt((java.time.Instant) null)
          .section(null).bylines().title("Un brouillon sans date").body("").build());
      source.articleService().save(article().id("retire").status(ArticleStatus.UNPUBLISHED).title("Retiré").build());
      // Written here, not imported: no external id until the export gives it one.
      source.articleService().save(article().id(null).title("Écrit dans la rédaction").build());
      first = export(source, 2);
    }

    byte[] second = reimportAndExport(first, "copy");

    assertThat(second).isEqualTo(first);
    List<JsonNode> lines = lines(first);
    assertThat(lines).extracting(line -> line.get("id").asText())
        .containsExactly("wp-lematin.ma-12", "brouillon", "retire", "kiosque-4-" + TestDatabases.NOW.toEpochMilli());
    JsonNode full = lines.get(0);
    assertThat(full.fieldNames()).toIterable().containsExactly("id", "slug", "status", "published_at", "title",
        "section", "authors", "tags", "summary", "body", "source", "source_url", "legacy_urls");
    assertThat(full.get("slug").asText()).isEqualTo("un-slug-choisi");
    assertThat(full.get("published_at").asText()).isEqualTo("2021-01-14T14:20:00.123456Z");
    assertThat(full.get("legacy_urls")).extracting(JsonNode::asText)
        .containsExactly("/2021/01/14/accord/", "/?p=12", "/archives/12.html");
    assertThat(lines.get(1).get("status").asText()).isEqualTo("draft");
    assertThat(lines.get(1).get("published_at").isNull()).isTrue();
    assertThat(lines.get(1).get("section").isNull()).isTrue();
  }

  @Test
  void workflowStatesLeaveAsDraftsThatTheImportTakesBack() throws IOException {
    byte[] first;
    try (Wiring source = TestDatabases.wiring(dir.resolve("source"), db)) {
      source.articleService().save(article().id("relecture").status(ArticleStatus.IN_REVIEW).build());
      source.articleService().save(article().id("programme").status(ArticleStatus.SCHEDULED)
          .publishedAt("2030-01-01T08:00:00Z").build());
      first = export(source, 10);
    }

    byte[] second = reimportAndExport(first, "copy");

    assertThat(lines(first)).extracting(line -> line.get("status").asText()).containsExactly("draft", "draft");
    assertThat(lines(first).get(1).get("published_at").asText()).isEqualTo("2030-01-01T08:00:00Z");
    assertThat(second).isEqualTo(first);
  }

  @Test
  void exportsInPagesWithoutMissingOrRepeatingAnArticle() throws IOException {
    try (Wiring source = TestDatabases.wiring(dir.resolve("source"), db)) {
      for (int i = 1; i <= 7; i++) {
        source.articleService().save(article().id("a-" + i).title("Article " + i).build());
      }
      assertThat(lines(export(source, 3))).extracting(line -> line.get("id").asText())
          .containsExactly("a-1", "a-2", "a-3", "a-4", "a-5", "a-6", "a-7");
      assertThat(lines(export(source, 7))).hasSize(7);
      assertThat(lines(export(source, 100))).hasSize(7);
    }
  }

  @Test
  void anEmptySiteExportsNothing() throws IOException {
    try (Wiring source = TestDatabases.wiring(dir.resolve("source"), db)) {
      assertThat(export(source, 3)).isEmpty();
    }
  }

  private byte[] reimportAndExport(byte[] exported, String name) throws IOException {
    try (Wiring copy = TestDatabases.wiring(dir.resolve(name), db)) {
      ImportReport report = new JsonLinesImporter(copy.articleService())
          .importStream(new ByteArrayInputStream(exported), ImportProgress.NONE);
      assertThat(report.errors()).isEmpty();
      return export(copy, 3);
    }
  }

  static byte[] export(Wiring wiring, int pageSize) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new ArticleExporter(wiring.articleStore(), pageSize).export(out, n -> {});
    return out.toByteArray();
  }

  static List<JsonNode> lines(byte[] exported) {
    ObjectMapper json = new ObjectMapper();
    return new String(exported, StandardCharsets.UTF_8).lines().map(line -> {
      try {
        return json.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }).toList();
  }
}
