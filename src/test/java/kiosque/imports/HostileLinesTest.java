package kiosque.imports;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.content.Article;
import kiosque.content.ArticleService;
import kiosque.content.BodySanitizer;
import kiosque.content.ListingSummaries;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestDatabases;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Lines that once stopped a whole import: each is now reported alone and the others go in. */
@BothDatabases
class HostileLinesTest {

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;

  Wiring wiring;
  JsonLinesImporter importer;

  @BeforeEach
  void openDatabase() {
    wiring = TestDatabases.wiring(dir.resolve("data"), db);
    importer = new JsonLinesImporter(wiring.articleService());
  }

  @AfterEach
  void closeDatabase() {
    wiring.close();
  }

  ImportReport importLines(Object... lines) throws IOException {
    return importer.importFile(ImportFiles.write(dir.resolve("in.jsonl"), lines), ImportProgress.NONE);
  }

  Article stored(String externalId) {
    long id = wiring.database().jdbi()
        .withHandle(h -> wiring.articleStore().findByExternalId(h, externalId)).orElseThrow().id();
    return wiring.articleStore().findById(id).orElseThrow();
  }

  @Test
  void datesOutsideTheYears1800To9999AreReportedAndTheRestImported() throws IOException {
    ImportReport report = importLines(article("a"),
        article("far").put("published_at", "+10000-01-01T00:00:00Z"),
        article("zero").put("published_at", "0000-01-01T00:00:00Z"),
        article("minus").put("published_at", "-0001-01-01T00:00:00Z"),
        article("last-day").put("published_at", "9999-12-31T12:00:00Z"),
        article("b").put("published_at", "1800-01-01T00:00:00Z"));

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(LineError::line).containsExactly(2L, 3L, 4L, 5L);
    assertThat(report.errors()).allSatisfy(error ->
        assertThat(error.reason()).startsWith("published_at ").contains("outside the years 1800 to 9999"));
    assertThat(wiring.articleStore().countAll()).isEqualTo(2);
  }

  @Test
  void aLineOfBinaryBytesAfterTheFilesFirstBytesIsReportedAndTheRestImported() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    int before = 0;
    while (file.size() <= TextHead.HEAD_BYTES) {
      file.write(ImportFiles.bytes(article("a" + before++)));
    }
    file.write(new byte[] {0, 0, 0, 1, 2, 3, '\n'});
    file.write(ImportFiles.bytes(article("b")));
    Path path = Files.write(dir.resolve("nul.jsonl"), file.toByteArray());

    ImportReport report = importer.importFile(path, ImportProgress.NONE);

    long nulLine = before + 1;
    assertThat(report.created()).isEqualTo(nulLine);
    assertThat(report.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(nulLine);
      assertThat(error.reason()).startsWith("not valid JSON");
    });
  }

  @Test
  void controlCharactersAreRemovedAndReportedAsWarnings() throws IOException {
    ImportReport report = importLines(
        article("nul").put("title", "Titre\u0000 avec\u0007 cloche\u001b[31m").put("body", "Un\r\ndeux\u0000."),
        article("b"));

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).isEmpty();
    assertThat(report.warnings()).extracting(LineError::message).containsExactly(
        "line 1: title: 3 control characters removed (U+0000, U+0007, U+001B)",
        "line 1: body: 1 control character removed (U+0000)");
    Article nul = stored("nul");
    assertThat(nul.title()).isEqualTo("Titre avec cloche[31m");
    assertThat(nul.bodyHtml() + nul.bodyText()).doesNotContain("\u0000", "\r");
  }

  @Test
  void textIsStoredInNfcSoBothSpellingsAreOneArticleText() throws IOException {
    importLines(article("nfd").put("title", "E\u0301te\u0301 a\u0300 Fe\u0300s"));

    assertThat(stored("nfd").title()).isEqualTo("\u00c9t\u00e9 \u00e0 F\u00e8s");
  }

  @Test
  void aLoneSurrogateIsRefusedWithAClearMessage() throws IOException {
    ImportReport report = importLines("{\"id\":\"half\",\"title\":\"Emoji \\ud83d coup\u00e9\",\"published_at\":"
        + "\"2016-01-01T12:00:00Z\",\"body\":\"Texte.\"}", article("b"));

    assertThat(report.created()).isEqualTo(1);
    assertThat(report.errors()).singleElement().satisfies(error -> {
      assertThat(error.line()).isEqualTo(1);
      assertThat(error.reason()).startsWith("title contains a lone surrogate (U+D83D at character 7)");
    });
  }

  @Test
  void aRepeatedIdIsReportedWithBothLinesAndDoesNotReplaceTheFirst() throws IOException {
    ImportReport report = importLines(article("x").put("title", "Le premier"), article("y"),
        article("x").put("title", "Le second"));

    assertThat(report.created()).isEqualTo(2);
    assertThat(report.errors()).extracting(LineError::message)
        .containsExactly("line 3: id \"x\" is already on line 1 (this line is left out)");
    assertThat(stored("x").title()).isEqualTo("Le premier");
  }

  @Test
  void aBinaryFileIsRefusedWithOneMessage() throws IOException {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', '\n', '\n'};
    Path path = Files.write(dir.resolve("image.jsonl"), png);

    ImportReadException error = catchThrowableOfType(ImportReadException.class,
        () -> importer.importFile(path, ImportProgress.NONE));

    assertThat(error).hasMessageStartingWith("this file is not a JSON Lines text file: ");
    assertThat(error.partialReport().errors()).isEmpty();
    assertThat(wiring.articleStore().countAll()).isZero();
  }

  @Test
  void aUtf16FileIsRefusedAsNotText() throws IOException {
    Path path = Files.write(dir.resolve("utf16.jsonl"), (article("a") + "\n").getBytes(StandardCharsets.UTF_16LE));

    ImportReadException error = catchThrowableOfType(ImportReadException.class,
        () -> importer.importFile(path, ImportProgress.NONE));

    assertThat(error).hasMessageContaining("not a JSON Lines text file").hasMessageContaining("UTF-16");
  }

  @Test
  void whenTheDatabaseStopsAnsweringTheImportStopsWithWhatItDidAndARerunResumes() throws IOException {
    Path file = ImportFiles.write(dir.resolve("five.jsonl"), article("1"), article("2"), article("3"), article("4"),
        article("5"));
    AtomicBoolean down = new AtomicBoolean();
    JsonLinesImporter dying = new JsonLinesImporter(serviceOver(refusingConnectionsWhen(down)));

    ImportStoppedException stopped = catchThrowableOfType(ImportStoppedException.class,
        () -> dying.importFile(file, (lines, bytes) -> down.set(lines >= 3)));

    assertThat(stopped).hasMessageStartingWith("import stopped at line 4: the database failed: ");
    assertThat(stopped.partialReport().created()).isEqualTo(3);
    assertThat(stopped.partialReport().errors()).isEmpty();
    assertThat(wiring.articleStore().countAll()).isEqualTo(3);

    ImportReport rerun = importer.importFile(file, ImportProgress.NONE);

    assertThat(rerun.unchanged()).isEqualTo(3);
    assertThat(rerun.created()).isEqualTo(2);
    assertThat(wiring.articleStore().countAll()).isEqualTo(5);
  }

  /** The same database, reached through connections that are refused, as from a server gone away, once {@code down}. */
  private Jdbi refusingConnectionsWhen(AtomicBoolean down) {
    Settings settings = wiring.settings();
    return Jdbi.create(() -> {
      if (down.get()) {
        throw new SQLException("Connection to the database refused", "08001");
      }
      return DriverManager.getConnection(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword());
    });
  }

  private ArticleService serviceOver(Jdbi jdbi) {
    return new ArticleService(jdbi, wiring.articleStore(), wiring.taxonomyStore(), wiring.changeLog(),
        new BodySanitizer(), wiring.clock(), new ListingSummaries(wiring.settings().timeZone()));
  }
}
