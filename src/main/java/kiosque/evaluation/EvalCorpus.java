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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A labelled corpus for the related-articles evaluation, from a JSON Lines import file whose tags
 * are a title kicker plus named entities (the Wikinews corpus). Three label sets come from it, and
 * the engine sees none of them ({@link #writeWithoutLabels} writes what gets imported):
 *
 * <ul>
 *   <li>names: two articles share a named-entity tag (the tags other than the kicker);
 *   <li>story: two articles belong to the same dossier. A dossier is a title kicker ({@code Gilets
 *       jaunes : ...}) used by two articles or more, unless the corpus also names it as an entity of
 *       more than {@value #BROAD_KICKER_MENTIONS} articles under other kickers: that is a place or
 *       an organisation mentioned in passing ({@code France}, {@code Syrie}, {@code ONU}), which
 *       says little about the story. A dossier's kicker is removed from the tags and the headline;
 *       other kickers stay, as on the site;
 *   <li>events: two articles name the same event (a tag naming games, a championship, an election,
 *       a festival, an affair ...).
 * </ul>
 *
 * <p>Two dossiers one of whose names extends the other ({@code Jeux olympiques de Rio} and {@code
 * Jeux olympiques de Rio 2016}) are one story filed twice: they are one dossier under the shorter
 * name ({@link #sameStoryNames}), for every system alike. Decided from the names alone, never from
 * scores; no other label is redefined.
 */
final class EvalCorpus {

  static final int BROAD_KICKER_MENTIONS = 3;
  private static final Pattern EVENT = Pattern.compile(
      "(?iu)\\b(jeux|coupe|championnats?|tour de france|grand prix|élections?|présidentielle|festival|concours"
          + "|tournoi|euro \\d{4}|attentats?|affaire|séisme|séries mondiales|ligue des champions|mondial|sommet"
          + "|référendum|procès|open)\\b");

  /** An article's labels, and its dossier (its own id when it belongs to none, for the split). */
  record Labels(Set<String> entities, String story, Set<String> events, String dossier) {}

  private final Map<String, Labels> byId;
  private final Instant newest;

  private EvalCorpus(Map<String, Labels> byId, Instant newest) {
    this.byId = byId;
    this.newest = newest;
  }

  /** Reads the labels of {@code source} and writes it to {@code unlabelled} without them. */
  public static EvalCorpus writeWithoutLabels(Path source, Path unlabelled) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<ObjectNode> articles = new ArrayList<>();
    try (BufferedReader lines = reader(source)) {
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          articles.add((ObjectNode) json.readTree(line));
        }
      }
    }
    Set<String> dossiers = dossiers(articles);
    Map<String, String> storyOf = sameStoryNames(dossiers);
    Map<String, Labels> byId = new HashMap<>();
    Instant newest = Instant.EPOCH;
    try (BufferedWriter out = Files.newBufferedWriter(unlabelled, StandardCharsets.UTF_8)) {
      for (ObjectNode article : articles) {
        String id = article.get("id").asText();
        String kicker = kicker(article);
        Set<String> entities = new LinkedHashSet<>();
        Set<String> events = new LinkedHashSet<>();
        for (JsonNode tag : article.path("tags")) {
          String name = tag.asText();
          if (!name.equals(kicker)) {
            entities.add(name);
          }
          if (EVENT.matcher(name).find()) {
            events.add(name.toLowerCase(Locale.FRENCH));
          }
        }
        String story = kicker != null && dossiers.contains(kicker) ? storyOf.get(kicker) : null;
        byId.put(id, new Labels(entities, story, events, story != null ? "dossier:" + story : "article:" + id));
        Instant published = Instant.parse(article.get("published_at").asText());
        newest = published.isAfter(newest) ? published : newest;
        ArrayNode kept = article.putArray("tags");
        if (kicker != null && story == null) {
          kept.add(kicker);
        }
        if (kicker != null && dossiers.contains(kicker)) {
          article.put("title", article.get("title").asText().split(" : ", 2)[1]);
        }
        out.write(json.writeValueAsString(article));
        out.newLine();
      }
    }
    return new EvalCorpus(byId, newest);
  }

  /** Kickers of two articles or more that the corpus does not also name in passing elsewhere. */
  private static Set<String> dossiers(List<ObjectNode> articles) {
    Map<String, Integer> asKicker = new HashMap<>();
    Map<String, Integer> asEntity = new HashMap<>();
    for (ObjectNode article : articles) {
      String kicker = kicker(article);
      if (kicker != null) {
        asKicker.merge(kicker, 1, Integer::sum);
      }
      for (JsonNode tag : article.path("tags")) {
        if (!tag.asText().equals(kicker)) {
          asEntity.merge(tag.asText(), 1, Integer::sum);
        }
      }
    }
    Set<String> dossiers = new LinkedHashSet<>();
    asKicker.forEach((kicker, count) -> {
      if (count >= 2 && asEntity.getOrDefault(kicker, 0) <= BROAD_KICKER_MENTIONS) {
        dossiers.add(kicker);
      }
    });
    return dossiers;
  }

  /**
   * Each dossier's story: the shortest dossier name it extends by whole words, case aside
   * ({@code Jeux Paralympiques} for {@code Jeux paralympiques de Rio}), else its own name.
   */
  static Map<String, String> sameStoryNames(Set<String> dossiers) {
    Map<String, String> storyOf = new HashMap<>();
    for (String name : dossiers) {
      String folded = name.toLowerCase(Locale.FRENCH);
      String story = name;
      for (String other : dossiers) {
        String prefix = other.toLowerCase(Locale.FRENCH) + " ";
        if (folded.startsWith(prefix) && other.length() < story.length()) {
          story = other;
        }
      }
      storyOf.put(name, story);
    }
    return storyOf;
  }

  /** The first tag when the headline starts with it followed by {@code " : "}. */
  private static String kicker(JsonNode article) {
    JsonNode tags = article.path("tags");
    if (tags.isEmpty()) {
      return null;
    }
    String first = tags.get(0).asText();
    String title = article.path("title").asText();
    return title.contains(" : ") && title.split(" : ", 2)[0].equals(first) ? first : null;
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
    Labels labels = byId.get(externalId);
    return labels == null ? Set.of() : labels.entities();
  }

  Labels labels(String externalId) {
    return byId.getOrDefault(externalId, new Labels(Set.of(), null, Set.of(), "article:" + externalId));
  }

  Set<String> externalIds() {
    return byId.keySet();
  }

  /** The newest publication time: the evaluation's "now" is the day after, as on the site back then. */
  public Instant newest() {
    return newest;
  }

  public int size() {
    return byId.size();
  }
}
