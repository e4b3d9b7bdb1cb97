package kiosque.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kiosque.testsupport.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code eval-related --features}: each article of the half, its candidates' evidence and labels, to fit offline. */
class FeaturesFileTest {

  @TempDir
  Path dir;

  @Test
  void eachArticleOfTheHalfIsWrittenWithItsCandidatesEvidenceAndWhichOfThemAreItsStory() throws Exception {
    Path corpus = dir.resolve("corpus.jsonl");
    StringBuilder lines = new StringBuilder();
    String[] races = {"Sydney", "Hambourg", "Montréal"};
    for (int i = 0; i < races.length; i++) {
      lines.append(line("t" + i, "Triathlon : victoire à " + races[i], "2018-0" + (i + 3) + "-10",
          "[\"Triathlon\", \"Championnats du monde de triathlon\", \"Javier Gómez\"]",
          "Le triathlète Javier Gómez gagne l'étape de " + races[i] + " du championnat du monde de triathlon, "
              + "natation, vélo et course à pied, devant Mario Mola au sprint final."));
    }
    String[] findings = {"une comète", "une exoplanète", "une naine brune"};
    for (int i = 0; i < findings.length; i++) {
      lines.append(line("a" + i, "Astronomie : découverte d'" + findings[i], "2017-0" + (i + 2) + "-01",
          "[\"Astronomie\", \"ESO\"]", "Les astronomes de l'ESO observent " + findings[i]
              + " au télescope, une étoile lointaine et son orbite autour de la galaxie."));
    }
    Files.writeString(corpus, lines);
    DossierSplit.Half half = DossierSplit.of("dossier:Triathlon");
    int inHalf = 3 + (half == DossierSplit.of("dossier:Astronomie") ? 3 : 0);
    Path features = dir.resolve("features.jsonl");

    CliRun run = CliRun.of("eval-related", "--corpus", corpus.toString(), "--data", dir.resolve("data").toString(),
        "--half", half.name(), "--features", features.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    ObjectMapper json = new ObjectMapper();
    List<JsonNode> written = new ArrayList<>();
    for (String line : Files.readAllLines(features)) {
      written.add(json.readTree(line));
    }
    assertThat(written).hasSize(inHalf);
    JsonNode race = written.stream().filter(a -> a.get("relevant").get("story (same dossier)").asInt() == 2)
        .findFirst().orElseThrow();
    assertThat(race.get("terms").size()).isPositive();
    assertThat(race.get("self").size()).isPositive();
    List<JsonNode> sameStory = new ArrayList<>();
    race.get("candidates").forEach(c -> {
      if (c.get("labels").toString().contains("story (same dossier)")) {
        sameStory.add(c);
      }
    });
    // The other two races of the series: found by the query, their text in the article's words, with days apart.
    assertThat(sameStory).hasSize(2);
    assertThat(sameStory).allSatisfy(c -> {
      assertThat(c.get("text").size()).isPositive();
      assertThat(c.get("sim").asDouble()).isPositive();
      assertThat(c.get("days").asDouble()).isGreaterThan(20);
      // The baseline's whole-text cosines, to try fusions offline: the same race series shares words.
      assertThat(c.get("tfidf").asDouble()).isPositive();
      assertThat(c.get("tfidfHeadline").asDouble()).isPositive();
    });
    // The baseline's own first ten, labelled: both other races, whether or not the query found them.
    List<String> baselineStory = new ArrayList<>();
    race.get("tfidfTop").forEach(t -> {
      if (t.get("labels").toString().contains("story (same dossier)")) {
        baselineStory.add(t.get("id").asText());
      }
    });
    assertThat(baselineStory).containsExactlyInAnyOrderElementsOf(
        sameStory.stream().map(c -> c.get("id").asText()).toList());
  }

  private static String line(String id, String title, String day, String tags, String body) {
    return "{\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"published_at\": \"" + day
        + "T10:00:00Z\", \"tags\": " + tags + ", \"body\": \"" + body + "\"}\n";
  }
}
