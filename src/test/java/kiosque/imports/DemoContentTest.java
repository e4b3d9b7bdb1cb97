package kiosque.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class DemoContentTest {

  @Parameter
  TestDatabase db;

  static final String SAMPLE = "/imports/demo-sample.jsonl";

  @TempDir
  Path dir;

  Wiring wiring;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir, db);
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  Optional<ImportReport> load(String resource) {
    return DemoContent.loadIfEmpty(wiring.articleService(), wiring.articleStore(), resource);
  }

  @Test
  void loadsTheResourceIntoAnEmptySiteOnce() {
    Optional<ImportReport> first = load(SAMPLE);
    long changes = TestDatabases.rows(wiring, "content_change");

    Optional<ImportReport> second = load(SAMPLE);

    assertThat(first).hasValueSatisfying(report -> {
      assertThat(report.created()).isEqualTo(2);
      assertThat(report.errors()).isEmpty();
    });
    assertThat(second).isEmpty();
    assertThat(wiring.articleStore().countPublished()).isEqualTo(2);
    assertThat(TestDatabases.rows(wiring, "content_change")).isEqualTo(changes);
  }

  @Test
  void leavesASiteWithOnlyDraftsAlone() throws IOException {
    byte[] draft = ImportFiles.bytes(ImportFiles.article("draft").put("status", "draft"));
    new JsonLinesImporter(wiring.articleService()).importStream(new ByteArrayInputStream(draft), ImportProgress.NONE);

    assertThat(load(SAMPLE)).isEmpty();
    assertThat(wiring.articleStore().countAll()).isEqualTo(1);
  }

  @Test
  void saysWhenTheResourceIsMissing() {
    assertThatThrownBy(() -> load("/imports/no-such-file.jsonl"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("The demo content /imports/no-such-file.jsonl is missing from the classpath");
  }
}
