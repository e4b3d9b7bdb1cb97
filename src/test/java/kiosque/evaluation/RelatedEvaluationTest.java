package kiosque.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RelatedEvaluationTest {

  @TempDir
  Path dir;

  @Test
  void precisionCountsTheMissingPlacesOfAShortList() {
    assertThat(RelatedEvaluation.precision(List.of(1L, 2L, 3L, 4L), Set.of(1L, 3L), 4)).isEqualTo(0.5);
    assertThat(RelatedEvaluation.precision(List.of(1L), Set.of(1L, 3L), 4)).isEqualTo(0.25);
  }

  @Test
  void ndcgIsOneForAnIdealListAndLessWhenRelevantItemsComeLate() {
    assertThat(RelatedEvaluation.ndcg(List.of(1L, 2L, 9L), Set.of(1L, 2L), 10)).isEqualTo(1.0);
    assertThat(RelatedEvaluation.ndcg(List.of(9L, 1L), Set.of(1L), 10)).isCloseTo(1 / (Math.log(3) / Math.log(2)),
        within(1e-9));
    assertThat(RelatedEvaluation.ndcg(List.of(9L), Set.of(), 10)).isZero();
  }

  @Test
  void theCorpusIsImportedWithItsPrefixTagOnlyAndTheEntityTagsBecomeLabels() throws IOException {
    Path source = dir.resolve("labelled.jsonl");
    Files.writeString(source, """
        {"id": "a", "title": "Maroc : la pluie revient", "published_at": "2020-01-02T10:00:00Z", "tags": ["Maroc", "Rabat", "Fès"], "body": "x"}
        {"id": "b", "title": "Nadia Benali élue à Fès", "published_at": "2020-01-03T10:00:00Z", "tags": ["Nadia Benali", "Fès"], "body": "y"}
        """);
    Path unlabelled = dir.resolve("unlabelled.jsonl");

    EvalCorpus corpus = EvalCorpus.writeWithoutLabels(source, unlabelled);

    assertThat(corpus.size()).isEqualTo(2);
    assertThat(corpus.entities("a")).containsExactly("Rabat", "Fès");
    assertThat(corpus.entities("b")).containsExactly("Nadia Benali", "Fès");
    assertThat(corpus.newest()).hasToString("2020-01-03T10:00:00Z");
    List<String> lines = Files.readAllLines(unlabelled);
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(lines.get(0)).get("tags").toString()).isEqualTo("[\"Maroc\"]");
    assertThat(json.readTree(lines.get(1)).get("tags").toString()).isEqualTo("[]");
  }
}
