package kiosque.imports;

import static kiosque.testsupport.ImportFiles.article;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import kiosque.Wiring;
import kiosque.content.ArticleExtras;
import kiosque.testsupport.ImportFiles;
import kiosque.testsupport.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON Lines keys of the newsroom's fields (issue 13): imported when present, exported when set. */
class ArticleFieldsImportTest {

  @TempDir
  Path dir;

  @Test
  void theOptionalKeysAreImportedExportedAndComeBackUnchanged() throws IOException {
    ObjectNode line = article("wn-42")
        .put("title", "Gilets jaunes : nouvelle mobilisation à Paris")
        .put("kicker", "France")
        .put("seo_title", "Gilets jaunes : la mobilisation du samedi")
        .put("seo_description", "Des milliers de manifestants à Paris.")
        .put("social_title", "Les gilets jaunes de retour")
        .put("correction", "Le cortège est parti de la place de la Bastille.")
        .put("corrected_at", "2019-01-12T18:00:00+01:00");

    byte[] exported;
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("source"))) {
      ImportReport report = new JsonLinesImporter(wiring.articleService())
          .importFile(ImportFiles.write(dir.resolve("in.jsonl"), line), ImportProgress.NONE);
      assertThat(report.errors()).isEmpty();
      long id = wiring.database().jdbi()
          .withHandle(h -> wiring.articleStore().findByExternalId(h, "wn-42")).orElseThrow().id();
      ArticleExtras extras = wiring.articleStore().findById(id).orElseThrow().extras();
      assertThat(extras).isEqualTo(new ArticleExtras("France", "Gilets jaunes : la mobilisation du samedi",
          "Des milliers de manifestants à Paris.", "Les gilets jaunes de retour",
          null, "Le cortège est parti de la place de la Bastille.", Instant.parse("2019-01-12T17:00:00Z")));
      assertThat(wiring.articleStore().findById(id).orElseThrow().title())
          .as("a kicker inside the title stays there").isEqualTo("Gilets jaunes : nouvelle mobilisation à Paris");
      exported = ExportRoundTripTest.export(wiring, ArticleExporter.PAGE_SIZE);
    }

    JsonNode written = new ObjectMapper().readTree(new String(exported, StandardCharsets.UTF_8).strip());
    assertThat(written.get("kicker").asText()).isEqualTo("France");
    assertThat(written.get("corrected_at").asText()).isEqualTo("2019-01-12T17:00:00Z");
    try (Wiring copy = TestDatabases.wiring(dir.resolve("copy"))) {
      JsonLinesImporter importer = new JsonLinesImporter(copy.articleService());
      importer.importStream(new ByteArrayInputStream(exported), ImportProgress.NONE);
      assertThat(ExportRoundTripTest.export(copy, 3)).isEqualTo(exported);
      assertThat(importer.importStream(new ByteArrayInputStream(exported), ImportProgress.NONE).unchanged())
          .isEqualTo(1);
    }
  }

  @Test
  void aKickerThatIsNotAStringIsRefusedNamingTheKey() throws IOException {
    try (Wiring wiring = TestDatabases.wiring(dir.resolve("data"))) {
      ImportReport report = new JsonLinesImporter(wiring.articleService()).importFile(
          ImportFiles.write(dir.resolve("in.jsonl"), article("bad").put("kicker", 12)), ImportProgress.NONE);

      assertThat(report.errors()).singleElement().extracting(LineError::reason).asString()
          .startsWith("kicker must be a string");
      assertThat(wiring.articleStore().countAll()).isZero();
    }
  }
}
