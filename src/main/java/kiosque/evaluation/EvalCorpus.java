package kiosque.evaluation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * A labelled corpus for the related-articles evaluation, from a JSON Lines import file whose tags
 * are a title prefix plus named entities (the Wikinews corpus). Two articles are related when they
 * share an entity tag. The engine must not see those labels: {@link #writeWithoutLabels} writes the
 * corpus again keeping only the prefix tag, which is what gets imported.
 *
 * <p>The prefix tag is the first tag when the title starts with it followed by {@code " : "}
 * ({@code Ebola : l'OMS déclare ...}); an article whose title has no such prefix has entity tags only.
 */
final class EvalCorpus {

  private final Map<String, Set<String>> entitiesById;
  private final int articles;
  private final Instant newest;

  private EvalCorpus(Map<String, Set<String>> entitiesById, int articles, Instant newest) {
    this.entitiesById = entitiesById;
    this.articles = articles;
    this.newest = newest;
  }

  /** Reads the labels of {@code source} and writes it to {@code unlabelled} with the prefix tag only. */
  public static EvalCorpus writeWithoutLabels(Path source, Path unlabelled) throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Set<String>> entities = new HashMap<>();
    int count = 0;
    Instant newest = Instant.EPOCH;
    try (BufferedReader lines = reader(source);
         BufferedWriter out = Files.newBufferedWriter(unlabelled, StandardCharsets.UTF_8)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        ObjectNode article = (ObjectNode) json.readTree(line);
        String prefix = prefixTag(article);
        Set<String> labels = new LinkedHashSet<>();
        for (JsonNode tag : article.path("tags")) {
          if (!tag.asText().equals(prefix)) {
            labels.add(tag.asText());
          }
        }
        entities.put(article.get("id").asText(), labels);
        Instant published = Instant.parse(article.get("published_at").asText());
        newest = published.isAfter(newest) ? published : newest;
        ArrayNode kept = article.putArray("tags");
        if (prefix != null) {
          kept.add(prefix);
        }
        out.write(json.writeValueAsString(article));
        out.newLine();
        count++;
      }
    }
    return new EvalCorpus(entities, count, newest);
  }

  private static String prefixTag(JsonNode article) {
    JsonNode tags = article.path("tags");
    if (tags.isEmpty()) {
      return null;
    }
    String first = tags.get(0).asText();
    String title = article.path("title").asText();
    return title.split(" : ", 2)[0].equals(first) && title.contains(" : ") ? first : null;
  }

  private static BufferedReader reader(Path file) throws IOException {
    InputStream in = Files.newInputStream(file);
    if (file.toString().endsWith(".gz")) {
      in = new GZIPInputStream(in);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** The hidden entity tags of an article, by its id in the corpus. */
  Set<String> entities(String externalId) {
    return entitiesById.getOrDefault(externalId, Set.of());
  }

  Set<String> externalIds() {
    return entitiesById.keySet();
  }

  /** The newest publication time: the evaluation's "now" is the day after, as on the site back then. */
  public Instant newest() {
    return newest;
  }

  public int size() {
    return articles;
  }
}
