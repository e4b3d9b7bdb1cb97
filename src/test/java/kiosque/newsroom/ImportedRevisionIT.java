package kiosque.newsroom;

import static kiosque.testsupport.ArticleDrafts.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import kiosque.content.SaveOutcome;
import kiosque.testsupport.NewsroomClient;
import kiosque.testsupport.TestApp;
import kiosque.newsroom.shell.Role;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import kept aside (the newsroom corrected the article) is on the desk: pending, named, comparable. */
class ImportedRevisionIT {

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

  @Test
  void theDeskSeesTheImportedVersionAsAPendingRevisionWithItsDiff() {
    long id = app.publish(article().id("wire-1").title("Titre de l’agence").section("Économie")
        .body("<p>Le chiffre est de 10 %.</p>"));
    Map<String, String> corrected = new java.util.LinkedHashMap<>();
    corrected.put("title", "Titre de la rédaction");
    corrected.put("summary", "Le chapô.");
    corrected.put("body", "<p>Le chiffre est de 10 %.</p>");
    corrected.put("section", "Économie");
    corrected.put("topics", "");
    corrected.put("bylines", "");
    corrected.put("sourceName", "");
    corrected.put("sourceUrl", "");
    corrected.put("slug", "");
    corrected.put("version", editor.page("/redaction/articles/" + id).selectFirst("#editor input[name=version]").val());
    corrected.put("mode", "correct");
    assertThat(editor.submit("/redaction/articles/" + id, corrected).statusCode()).isEqualTo(303);

    SaveOutcome reimport = app.wiring().articleService().forImports().save(article().id("wire-1")
        .title("Titre de l’agence").section("Économie").body("<p>Le chiffre est de 12 %.</p>").build());

    assertThat(reimport.kind()).isEqualTo(SaveOutcome.Kind.KEPT);
    assertThat(app.wiring().articleStore().findById(id).orElseThrow().title()).isEqualTo("Titre de la rédaction");
    Document revisions = editor.page("/redaction/articles/" + id + "/revisions");
    assertThat(revisions.select("ol.revisions li").eachText())
        .anySatisfy(line -> assertThat(line).contains("version importée (non appliquée)"));
    assertThat(revisions.select(".diff ins").eachText()).as("the import's text compared with the live one").contains("12");
    assertThat(editor.get("/redaction/articles/" + id).statusCode()).as("the editor opens with it pending").isEqualTo(200);
  }
}
