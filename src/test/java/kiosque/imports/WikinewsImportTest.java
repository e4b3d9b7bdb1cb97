package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import kiosque.Wiring;
import kiosque.content.Section;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SharedData;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The real corpus: 1,191 French Wikinews articles, read from the shared data when it is there. */
@BothDatabases
class WikinewsImportTest {

  @Parameter
  TestDatabase db;

  static final String CORPUS = "wikinews-fr/articles.jsonl.gz";

  @TempDir
  Path dir;

  @Test
  void importsTheWholeCorpusThenFindsNothingToChange() throws IOException {
    Optional<Path> corpus = SharedData.file(CORPUS);
    assumeTrue(corpus.isPresent(), "The Wikinews corpus is not at " + SharedData.dir().resolve(CORPUS)
        + "; set KIOSQUE_SHARED_DATA to the shared data directory to run this test");

    try (Wiring wiring = TestDatabases.wiring(dir, db)) {
      JsonLinesImporter importer = new JsonLinesImporter(wiring.articleService());

      ImportReport first = importer.importFile(corpus.get(), ImportProgress.NONE);
      ImportReport second = importer.importFile(corpus.get(), ImportProgress.NONE);

      assertThat(first.errors()).isEmpty();
      assertThat(first.created()).isEqualTo(1191);
      assertThat(wiring.articleStore().countPublished()).isEqualTo(1191);
      assertThat(wiring.taxonomyStore().sections()).extracting(Section::name).containsExactlyInAnyOrder(
          "Monde", "France", "Sport", "Divers", "Sciences & Tech", "Culture", "Nécrologie", "Économie");
      assertThat(second.unchanged()).isEqualTo(1191);
      assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(1191);
    }
  }
}
