package kiosque.cli;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kiosque.Wiring;
import kiosque.content.Article;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.editor.ArticleForm;
import kiosque.newsroom.editor.EditorialService;
import kiosque.newsroom.editor.SaveMode;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kiosque import} twice, with the newsroom's work in between: kept, and said so. */
class ReimportCommandTest {

  @TempDir
  Path dir;

  CliRun importFile(Path file) {
    return CliRun.of("import", "--data", dir.resolve("data").toString(), file.toString());
  }

  /** An editor corrects the title of each article whose external id is given, as the newsroom's editor does. */
  long correct(String... externalIds) {
    long last = 0;
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("data"))) {
      EditorialService editorial = wiring.editorialService();
      Actor editor = new Actor(wiring.accountService().create(Actor.operator("test"), "editor@example.ma", null,
          Role.EDITOR, "un mot de passe de test".toCharArray()), "127.0.0.1");
      for (String externalId : externalIds) {
        long id = wiring.database().jdbi()
            .withHandle(h -> wiring.articleStore().findByExternalId(h, externalId)).orElseThrow().id();
        Article article = wiring.articleStore().findById(id).orElseThrow();
        ArticleForm form = editorial.formOf(article);
        editorial.save(editor, id, article.version(), new ArticleForm("Corrigé : " + externalId, form.summary(),
            form.body(), form.section(), form.topics(), form.bylines(), form.sourceName(), form.sourceUrl(),
            form.slug(), form.leadMediaId(), form.extras()), SaveMode.CORRECT);
        last = id;
      }
    }
    return last;
  }

  @Test
  void aSecondImportKeepsTheNewsroomsCorrectionsAndNamesThem() {
    Path first = ImportFiles.write(dir.resolve("a.jsonl"), article("a"), article("b"), article("c"));
    assertThat(importFile(first).exitCode()).isZero();
    long corrected = correct("a");
    Path second = ImportFiles.write(dir.resolve("b.jsonl"), article("a").put("title", "A revu"),
        article("b").put("title", "B revu"), article("c"));

    CliRun run = importFile(second);

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Importé : 0 créé, 1 mis à jour, 1 inchangé, 0 en échec (");
    assertThat(run.out()).contains("1 article modifié dans la rédaction depuis le dernier import : gardé, "
        + "la version importée est proposée en révision — /redaction/articles/" + corrected);
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("data"))) {
      assertThat(wiring.articleStore().findById(corrected).orElseThrow().title()).isEqualTo("Corrigé : a");
      assertThat(wiring.editorialService().pendingRevision(corrected).orElseThrow().form().title()).isEqualTo("A revu");
    }
  }

  @Test
  void namesTheFirstTenInEnglishWhenTheSiteDoes() throws IOException {
    List<String> ids = java.util.stream.IntStream.rangeClosed(1, 12).mapToObj(i -> "x" + i).toList();
    Path first = ImportFiles.write(dir.resolve("a.jsonl"), ids.stream().map(id -> (Object) article(id)).toArray());
    assertThat(importFile(first).exitCode()).isZero();
    correct(ids.toArray(String[]::new));
    Files.writeString(dir.resolve("data/kiosque.properties"), "kiosque.site.locale=en\n");
    Path second = ImportFiles.write(dir.resolve("b.jsonl"),
        ids.stream().map(id -> (Object) article(id).put("title", "Revu " + id)).toArray());

    CliRun run = importFile(second);

    assertThat(run.exitCode()).isZero();
    String line = run.out().lines().filter(l -> l.startsWith("12 articles changed in the newsroom")).findFirst()
        .orElseThrow();
    assertThat(line).contains(": kept, the imported version is proposed as a revision — /redaction/articles/")
        .endsWith(" and 2 more");
    assertThat(line.split("/redaction/articles/")).hasSize(11);
  }
}
