package kiosque.cli;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kiosque.Wiring;
import kiosque.changes.ChangeKind;
import kiosque.testsupport.CliRun;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.SearchTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedCommandTest {

  private static final int ARTICLES = 30;

  @TempDir
  Path data;

  private final List<Long> ids = new ArrayList<>();

  @BeforeEach
  void importedArticlesWithoutLists() {
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      for (int i = 0; i < ARTICLES; i++) {
        ids.add(article("Choléra à Kinshasa : bilan numéro " + i).saveWith(wiring.articleService()));
      }
    }
  }

  private String dir() {
    return data.toString();
  }

  @Test
  void computesTheMissingListsOnSeveralThreadsAndSkipsThemWhenRunAgain() {
    CliRun run = CliRun.of("related", "--data", dir(), "--threads", "3");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("Listes calculées : 30 articles, dont 30 changées ; 0 en échec ;")
        .contains("sur 3 fils");
    try (Wiring wiring = SearchTestSupport.wiring(data)) {
      assertThat(ids).allSatisfy(id -> assertThat(wiring.relatedService().computedAt(id)).isPresent());
      assertThat(wiring.relatedService().storedLists(ids.getFirst())).isNotEmpty();
      assertThat(wiring.changeLog().after(0, 1000)).filteredOn(c -> c.kind() == ChangeKind.RELATED)
          .as("every node's page cache learns that each article's lists changed").hasSize(ARTICLES);
    }

    CliRun again = CliRun.of("related", "--data", dir());
    assertThat(again.exitCode()).isZero();
    assertThat(again.out()).as("nothing left to do").startsWith("Listes calculées : 0 article, dont 0 changée ;");
  }

  @Test
  void allComputesEveryListAgainAndAnnouncesOnlyThoseThatChanged() {
    assertThat(CliRun.of("related", "--data", dir(), "--missing").exitCode()).isZero();

    CliRun all = CliRun.of("related", "--data", dir(), "--all", "--threads", "2");

    assertThat(all.exitCode()).isZero();
    assertThat(all.out()).startsWith("Listes calculées : 30 articles, dont 0 changée ;");
    CliRun resumed = CliRun.of("related", "--data", dir(), "--all", "--before", "2001-01-01T00:00:00Z");
    assertThat(resumed.out()).as("every list is newer than that").startsWith("Listes calculées : 0 article,");
  }

  @Test
  void aLargeImportSaysHowManyArticlesHaveNoListsAndWhichCommandComputesThem(@TempDir Path other) {
    Object[] lines = new Object[ImportCommand.ADVISE_BULK_LISTS];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = ImportFiles.article("grand-" + i);
    }
    Path large = ImportFiles.write(other.resolve("grand.jsonl"), lines);
    Path small = ImportFiles.write(other.resolve("petit.jsonl"), ImportFiles.article("petit"));

    CliRun run = CliRun.of("import", "--data", other.resolve("data").toString(), large.toString());
    CliRun few = CliRun.of("import", "--data", dir(), small.toString());

    assertThat(run.exitCode()).isZero();
    // (A line advising kiosque compact may follow, as the file's live share after the import says.)
    assertThat(run.out().lines()).anySatisfy(line -> assertThat(line)
        .matches("1\\D000 articles n’ont pas encore leurs listes d’articles liés : « kiosque related » .*"));
    assertThat(few.out()).as("31 articles without lists: the server catches up soon").doesNotContain("kiosque related");
  }

  @Test
  void speaksEnglishWhenTheSiteDoes() throws IOException {
    Files.writeString(data.resolve("kiosque.properties"), "kiosque.site.locale=en\n");

    CliRun threads = CliRun.of("related", "--data", dir(), "--threads", "0");
    CliRun run = CliRun.of("related", "--data", dir(), "--missing");

    assertThat(threads.err()).isEqualTo("kiosque: --threads must be between 1 and 256, got 0\n");
    assertThat(run.out()).startsWith("Lists computed: 30 articles, 30 of them changed; 0 failed;");
  }

  @Test
  void badOptionsAreClearErrors() {
    CliRun both = CliRun.of("related", "--data", dir(), "--all", "--missing");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");

    CliRun threads = CliRun.of("related", "--data", dir(), "--threads", "0");
    assertThat(threads.exitCode()).isEqualTo(2);
    assertThat(threads.err()).isEqualTo("kiosque : --threads doit être entre 1 et 256, reçu 0\n");

    CliRun before = CliRun.of("related", "--data", dir(), "--all", "--before", "hier");
    assertThat(before.exitCode()).isEqualTo(2);
    assertThat(before.err()).contains("--before doit être un instant comme 2026-11-29T16:00:00Z");
  }

  @Test
  void runsBesideAServerUsingTheSameDataDirectoryOnItsIndexAndLeavesTheComputingToIt() {
    // The real clock, as the command's: the lease's expiry is compared across both processes.
    try (Wiring serving = new Wiring(SearchTestSupport.settings(data), Clock.systemUTC())) {
      assertThat(SearchTestSupport.waitFor(Duration.ofSeconds(30), () -> !serving.searchService().isRebuilding()))
          .isTrue();
      // The server holds the lease (its background worker is not started, to keep the counts exact).
      assertThat(serving.relatedService().computesLists()).isTrue();

      CliRun run = CliRun.of("related", "--data", dir(), "--threads", "2");

      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.err()).contains("Un serveur utilise ce répertoire de données");
      assertThat(run.out()).startsWith("Listes calculées : 30 articles, dont 30 changées ; 0 en échec ;")
          .contains("calculait aussi les listes");
      assertThat(ids).allSatisfy(id -> assertThat(serving.relatedService().computedAt(id)).isPresent());
      assertThat(serving.relatedService().computesLists()).as("the server kept the lease").isTrue();
    }
  }
}
