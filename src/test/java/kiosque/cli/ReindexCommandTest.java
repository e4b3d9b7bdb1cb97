package kiosque.cli;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kiosque.Wiring;
import kiosque.search.ArchiveQuery;
import kiosque.search.ArchiveSearch;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReindexCommandTest {

  @TempDir
  Path data;

  @Test
  void rebuildsTheIndexFromTheDatabaseAndSaysHowMany() {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      article("Premier").saveWith(wiring.articleService());
      article("Deuxième").saveWith(wiring.articleService());
      article("Troisième").saveWith(wiring.articleService());
    }

    CliRun run = CliRun.of("reindex", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("3 articles indexés");
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      assertThat(wiring.searchService().isRebuilding()).as("the rebuilt index is trusted at the next start").isFalse();
      assertThat(wiring.searchService().search(kiosque.search.SearchQuery.of("troisieme")).total()).isEqualTo(1);
    }
  }

  @Test
  void rebuildsTheNewsroomsArchiveIndexTooDraftsIncluded() {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      article("Premier").saveWith(wiring.articleService());
      article("Deuxième").saveWith(wiring.articleService());
      article("Brouillon introuvable").status(kiosque.content.ArticleStatus.DRAFT).saveWith(wiring.articleService());
    }
    assertThat(data.resolve("archive-index")).as("no server opened it yet").doesNotExist();

    CliRun run = CliRun.of("reindex", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().lines()).as("one line per index").hasSize(2);
    assertThat(run.out()).contains("2 articles indexés").contains("Archives de la rédaction : 3 articles indexés");
    assertThat(data.resolve("archive-index")).isDirectory();
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      ArchiveSearch archive = wiring.archiveSearch();
      assertThat(archive.isRebuilding()).as("the rebuilt archive index is trusted at the next start").isFalse();
      assertThat(archive.find(new ArchiveQuery("introuvable", null, null, null, null, null, null, null, 0, 10))
          .orElseThrow().total()).isEqualTo(1);
    }
  }

  @Test
  void saysItInEnglishWhenTheSiteDoes() throws IOException {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      article("Premier").saveWith(wiring.articleService());
    }
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun run = CliRun.of("reindex", "--data", data.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("Indexed 1 article in ");
  }

  @Test
  void anIndexInUseIsAClearErrorNotAStackTrace() {
    try (Wiring serving = SearchTestSupport.wiring(data)) {
      serving.searchService();

      CliRun run = CliRun.of("reindex", "--data", data.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).startsWith("kiosque : The search index").contains("in use by another process");
    }
  }
}
