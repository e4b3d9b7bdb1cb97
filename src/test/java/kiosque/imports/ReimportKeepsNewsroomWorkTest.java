package kiosque.imports;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStatus;
import kiosque.content.SaveOutcome;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.editor.EditorialService;
import kiosque.newsroom.editor.Revision;
import kiosque.newsroom.editor.SaveMode;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.ArticleDrafts;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** A re-import never overwrites what the newsroom changed since the last import; it proposes its text instead. */
@BothDatabases
class ReimportKeepsNewsroomWorkTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  Wiring wiring;
  JsonLinesImporter importer;
  EditorialService editorial;
  Actor editor;

  @BeforeEach
  void open() {
    wiring = TestDatabases.wiring(dir.resolve("data"), db);
    importer = new JsonLinesImporter(wiring.articleService().forImports());
    editorial = wiring.editorialService();
    editor = new Actor(wiring.accountService().create(Actor.operator("test"), "editor@example.ma", null, Role.EDITOR,
        "un mot de passe de test".toCharArray()), "127.0.0.1");
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  ImportReport importLines(Object... lines) throws IOException {
    return importer.importFile(ImportFiles.write(dir.resolve("in.jsonl"), lines), ImportProgress.NONE);
  }

  long idOf(String externalId) {
    return wiring.database().jdbi()
        .withHandle(h -> wiring.articleStore().findByExternalId(h, externalId)).orElseThrow().id();
  }

  Article stored(String externalId) {
    return wiring.articleStore().findById(idOf(externalId)).orElseThrow();
  }

  /** The editor corrects the live article: new title, new body, an extra topic. */
  void correctInTheNewsroom(String externalId) {
    Article article = stored(externalId);
    ArticleForm form = editorial.formOf(article);
    ArticleForm corrected = new ArticleForm("Titre corrigé par la rédaction", form.summary(),
        "<p>Texte relu et corrigé.</p>", form.section(), java.util.List.of("Maroc", "Vérifié"), form.bylines(),
        form.sourceName(), form.sourceUrl(), form.slug(), form.leadMediaId(), form.extras());
    editorial.save(editor, article.id(), article.version(), corrected, SaveMode.CORRECT);
  }

  @Test
  void anEditedArticleKeepsTheEditAndTheImportWaitsAsItsPendingRevision() throws IOException {
    importLines(article("a"), article("b"));
    correctInTheNewsroom("a");
    ObjectNode changedA = article("a").put("title", "Titre revu à la source").put("body", "Nouveau texte de la source.");
    ObjectNode changedB = article("b").put("title", "B revu à la source");

    ImportReport report = importLines(changedA, changedB);

    Article a = stored("a");
    assertThat(a.title()).isEqualTo("Titre corrigé par la rédaction");
    assertThat(a.bodyHtml()).contains("Texte relu et corrigé.");
    assertThat(stored("b").title()).as("an article nobody touched follows its source").isEqualTo("B revu à la source");
    assertThat(report.keptInNewsroom()).containsExactly(a.id());
    assertThat(report.updated()).isEqualTo(1);
    Revision proposed = editorial.pendingRevision(a.id()).orElseThrow();
    assertThat(proposed.kind()).isEqualTo("imported");
    assertThat(proposed.form().title()).isEqualTo("Titre revu à la source");
    assertThat(proposed.form().body()).contains("Nouveau texte de la source.");
    assertThat(a.status()).isEqualTo(ArticleStatus.PUBLISHED);
  }

  @Test
  void theSameSourceAgainChangesNothingEvenAfterAnEdit() throws IOException {
    importLines(article("a"));
    correctInTheNewsroom("a");

    ImportReport unchanged = importLines(article("a"));

    assertThat(unchanged.unchanged()).isEqualTo(1);
    assertThat(unchanged.keptInNewsroom()).isEmpty();
    assertThat(stored("a").title()).isEqualTo("Titre corrigé par la rédaction");

    ObjectNode changed = article("a").put("title", "Titre revu à la source");
    assertThat(importLines(changed).keptInNewsroom()).hasSize(1);
    int revisions = editorial.revisions(idOf("a")).size();
    ImportReport again = importLines(changed);
    assertThat(again.unchanged()).as("a kept import is not proposed twice").isEqualTo(1);
    assertThat(editorial.revisions(idOf("a"))).hasSize(revisions);
  }

  @Test
  void aPendingRevisionOfTheDeskIsNotReplacedButTheImportIsInTheHistory() throws IOException {
    importLines(article("a"));
    Article article = stored("a");
    ArticleForm form = editorial.formOf(article);
    ArticleForm desk = new ArticleForm("Révision de la rédaction", form.summary(), form.body(), form.section(),
        form.topics(), form.bylines(), form.sourceName(), form.sourceUrl(), form.slug());
    editorial.save(editor, article.id(), article.version(), desk, SaveMode.SAVE);

    ImportReport report = importLines(article("a").put("title", "Titre revu à la source"));

    assertThat(report.keptInNewsroom()).containsExactly(article.id());
    assertThat(editorial.pendingRevision(article.id()).orElseThrow().form().title()).isEqualTo("Révision de la rédaction");
    assertThat(editorial.revisions(article.id())).extracting(r -> r.form().title()).contains("Titre revu à la source");
    assertThat(stored("a").title()).isEqualTo(article.title());
  }

  @Test
  void theSchedulersPublicationIsNotAnEditorsSave() {
    ArticleService service = wiring.articleService().forImports();
    service.save(ArticleDrafts.article().id("s").status(ArticleStatus.SCHEDULED)
        .publishedAt(TestDatabases.NOW.minusSeconds(10)).build());
    long id = wiring.articleStore().dueScheduled(TestDatabases.NOW).getFirst();
    assertThat(service.publishDue(id, TestDatabases.NOW)).isTrue();

    SaveOutcome again = service.save(ArticleDrafts.article().id("s").title("Revu à la source")
        .status(ArticleStatus.PUBLISHED).publishedAt(TestDatabases.NOW.minusSeconds(10)).build());

    assertThat(again.kind()).isEqualTo(SaveOutcome.Kind.UPDATED);
    assertThat(stored("s").title()).isEqualTo("Revu à la source");
  }
}
