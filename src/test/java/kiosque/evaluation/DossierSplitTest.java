package kiosque.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.evaluation.DossierSplit.Half;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DossierSplitTest {

  @TempDir
  Path dir;

  @Test
  void noDossierIsOnBothSidesAndBothHalvesAreUsed() throws IOException {
    Path source = dir.resolve("labelled.jsonl");
    List<String> lines = new ArrayList<>();
    for (int story = 0; story < 40; story++) {
      for (int i = 0; i < 3; i++) {
        lines.add(String.format("{\"id\": \"s%d-%d\", \"title\": \"Affaire %d : épisode %d\", "
            + "\"published_at\": \"2020-01-0%dT10:00:00Z\", \"tags\": [\"Affaire %d\"], \"body\": \"x\"}",
            story, i, story, i, i + 1, story));
      }
    }
    Files.write(source, lines);
    EvalCorpus corpus = EvalCorpus.writeWithoutLabels(source, dir.resolve("unlabelled.jsonl"));

    Map<String, Set<Half>> halvesOfDossier = new HashMap<>();
    Map<Half, Integer> sizes = new EnumMap<>(Half.class);
    for (String id : corpus.externalIds()) {
      EvalCorpus.Labels labels = corpus.labels(id);
      Half half = DossierSplit.of(labels.dossier());
      halvesOfDossier.computeIfAbsent(labels.story(), k -> new HashSet<>()).add(half);
      sizes.merge(half, 1, Integer::sum);
    }
    assertThat(halvesOfDossier).hasSize(40);
    assertThat(halvesOfDossier.values()).allSatisfy(halves -> assertThat(halves).hasSize(1));
    assertThat(sizes.keySet()).containsExactlyInAnyOrder(Half.TUNING, Half.HELD_OUT);
    assertThat(DossierSplit.of("dossier:Gilets jaunes")).as("deterministic")
        .isEqualTo(DossierSplit.of("dossier:Gilets jaunes"));
  }

  @Test
  void aDossierKickerIsHiddenFromTheEngineAndACountryKickerIsNot() throws IOException {
    Path source = dir.resolve("labelled.jsonl");
    Files.writeString(source, """
        {"id": "a", "title": "Gilets jaunes : nouveau samedi", "published_at": "2018-12-01T10:00:00Z", "tags": ["Gilets jaunes", "Paris", "France"], "body": "x"}
        {"id": "b", "title": "Gilets jaunes : les péages", "published_at": "2018-12-02T10:00:00Z", "tags": ["Gilets jaunes", "Vinci"], "body": "y"}
        {"id": "c", "title": "France : la neige", "published_at": "2018-12-03T10:00:00Z", "tags": ["France", "Alpes"], "body": "z"}
        {"id": "d", "title": "France : grève", "published_at": "2018-12-04T10:00:00Z", "tags": ["France", "SNCF", "Paris"], "body": "w"}
        {"id": "e", "title": "Tempête en Bretagne", "published_at": "2018-12-05T10:00:00Z", "tags": ["France", "Brest"], "body": "v"}
        {"id": "f", "title": "Élections en Belgique", "published_at": "2018-12-06T10:00:00Z", "tags": ["France", "Bruxelles"], "body": "u"}
        {"id": "g", "title": "Loi votée", "published_at": "2018-12-07T10:00:00Z", "tags": ["France", "Sénat"], "body": "t"}
        """);
    Path unlabelled = dir.resolve("unlabelled.jsonl");
    EvalCorpus corpus = EvalCorpus.writeWithoutLabels(source, unlabelled);

    assertThat(corpus.labels("a").story()).isEqualTo("Gilets jaunes");
    assertThat(corpus.labels("c").story()).as("France is named in passing by more than 3 articles").isNull();
    assertThat(corpus.labels("c").dossier()).isEqualTo("article:c");
    ObjectMapper json = new ObjectMapper();
    List<String> written = Files.readAllLines(unlabelled);
    assertThat(json.readTree(written.get(0)).get("title").asText()).isEqualTo("nouveau samedi");
    assertThat(json.readTree(written.get(0)).get("tags").toString()).isEqualTo("[]");
    assertThat(json.readTree(written.get(2)).get("title").asText()).isEqualTo("France : la neige");
    assertThat(json.readTree(written.get(2)).get("tags").toString()).isEqualTo("[\"France\"]");
  }

  @Test
  void dossiersOneOfWhoseNamesExtendsTheOtherAreOneStoryAndOthersStayApart() {
    Map<String, String> storyOf = EvalCorpus.sameStoryNames(Set.of("Jeux olympiques de Rio",
        "Jeux olympiques de Rio 2016", "Jeux Paralympiques", "Jeux paralympiques de Rio",
        "Concours Eurovision de la chanson 2016", "Concours Eurovision de la chanson 2017", "JO 2018",
        "Jeux olympiques 2018", "Astronomie", "Astrophysique", "Tour de France 2016", "Tour"));

    assertThat(storyOf.get("Jeux olympiques de Rio 2016")).isEqualTo("Jeux olympiques de Rio");
    assertThat(storyOf.get("Jeux olympiques de Rio")).isEqualTo("Jeux olympiques de Rio");
    assertThat(storyOf.get("Jeux paralympiques de Rio")).as("case aside").isEqualTo("Jeux Paralympiques");
    assertThat(storyOf.get("Concours Eurovision de la chanson 2017")).as("siblings, neither extends the other")
        .isEqualTo("Concours Eurovision de la chanson 2017");
    assertThat(storyOf.get("JO 2018")).as("the same games by another name: not decided from names")
        .isEqualTo("JO 2018");
    assertThat(storyOf.get("Astrophysique")).as("a shared beginning is not a whole word").isEqualTo("Astrophysique");
    assertThat(storyOf.get("Tour de France 2016")).isEqualTo("Tour");
  }

  @Test
  void theMergedDossiersArticlesShareOneStoryAndOneHalfAndKeepTheirHeadlinesHidden() throws IOException {
    Path source = dir.resolve("labelled.jsonl");
    Files.writeString(source, """
        {"id": "a", "title": "Jeux olympiques de Rio : le relais", "published_at": "2016-08-10T10:00:00Z", "tags": ["Jeux olympiques de Rio", "Brésil"], "body": "x"}
        {"id": "b", "title": "Jeux olympiques de Rio : la finale", "published_at": "2016-08-11T10:00:00Z", "tags": ["Jeux olympiques de Rio"], "body": "y"}
        {"id": "c", "title": "Jeux olympiques de Rio 2016 : le bilan", "published_at": "2016-08-22T10:00:00Z", "tags": ["Jeux olympiques de Rio 2016"], "body": "z"}
        {"id": "d", "title": "Jeux olympiques de Rio 2016 : la clôture", "published_at": "2016-08-21T10:00:00Z", "tags": ["Jeux olympiques de Rio 2016"], "body": "w"}
        """);
    Path unlabelled = dir.resolve("unlabelled.jsonl");
    EvalCorpus corpus = EvalCorpus.writeWithoutLabels(source, unlabelled);

    assertThat(corpus.labels("c").story()).isEqualTo("Jeux olympiques de Rio");
    assertThat(corpus.labels("c").dossier()).isEqualTo(corpus.labels("a").dossier());
    assertThat(new ObjectMapper().readTree(Files.readAllLines(unlabelled).get(2)).get("title").asText())
        .isEqualTo("le bilan");
  }
}
