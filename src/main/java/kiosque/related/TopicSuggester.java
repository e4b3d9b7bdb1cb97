package kiosque.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.NameKeys;
import kiosque.content.NamedEntities;
import kiosque.content.Topic;
import kiosque.search.SimilarityIndex;
import org.jdbi.v3.core.Jdbi;
import org.jsoup.Jsoup;

/**
 * Topic suggestions for a draft, learnt from how published articles are tagged: the topics of the
 * most similar published articles, each weighted by its similarity to the draft, plus the topics
 * the text names; and, as candidates for new topics, the names the text mentions most that are no
 * topic yet.
 */
final class TopicSuggester {

  static final int SHOWN = 8;
  private static final int SIMILAR = 20;
  /** Articles scoring under this share of the best match say little about the draft. */
  private static final double MIN_RELATIVE_SCORE = 0.15;
  private static final int MAX_WORDS = 4;
  private static final int LOOKUP_CHUNK = 500;

  private final SimilarityIndex index;
  private final Jdbi jdbi;
  private final DocFrequencies frequencies = new DocFrequencies();

  TopicSuggester(SimilarityIndex index, Jdbi jdbi) {
    this.index = index;
    this.jdbi = jdbi;
  }

  TopicSuggestions suggest(String title, String body) {
    String cleanTitle = title == null ? "" : title.strip();
    String text = plainText(body == null ? "" : body);
    List<NamedEntities.Entity> names = NamedEntities.in(cleanTitle, text);

    Map<Long, Integer> articleCounts = new HashMap<>();
    Map<Long, Double> fromSimilar = index.read(searcher -> {
      ArticleProfile profile = ArticleProfile.ofDraft(searcher, index.textAnalyzer(), frequencies, cleanTitle, text);
      Map<Long, Double> weights = new HashMap<>();
      if (profile.isEmpty()) {
        return weights;
      }
      List<Candidate> hits = Candidates.best(searcher, profile.query(), SIMILAR);
      float best = hits.isEmpty() ? 1f : hits.getFirst().score;
      for (Candidate hit : hits) {
        double similarity = hit.score / best;
        if (similarity < MIN_RELATIVE_SCORE) {
          break;
        }
        hit.loadDetails(searcher);
        for (String id : hit.topicIds()) {
          weights.merge(Long.parseLong(id), similarity, Double::sum);
          articleCounts.merge(Long.parseLong(id), 1, Integer::sum);
        }
      }
      return weights;
    });

    Set<String> keys = phrases(cleanTitle + "\n" + text);
    names.forEach(n -> keys.add(n.key()));
    List<KeyedTopic> named = topicsByKey(keys);
    Set<String> titleKeys = phrases(cleanTitle);
    Map<Long, KeyedTopic> all = new HashMap<>();
    named.forEach(t -> all.put(t.topic().id(), t));
    topicsById(fromSimilar.keySet()).forEach(t -> all.putIfAbsent(t.topic().id(), t));

    List<TopicSuggestions.Existing> existing = new ArrayList<>();
    for (KeyedTopic keyed : all.values()) {
      Topic topic = keyed.topic();
      double similar = fromSimilar.getOrDefault(topic.id(), 0.0);
      boolean inText = named.contains(keyed);
      double score = similar + (inText ? 1 : 0) + (titleKeys.contains(keyed.key()) ? 0.5 : 0);
      int similarCount = articleCounts.getOrDefault(topic.id(), 0);
      String reason = inText ? "nommé dans le texte" : similarCount == 1 ? "sujet d'un article proche"
          : "sujet de " + similarCount + " articles proches";
      existing.add(new TopicSuggestions.Existing(topic.id(), topic.name(), topic.slug(), score, reason));
    }
    existing.sort(Comparator.comparingDouble((TopicSuggestions.Existing e) -> -e.score())
        .thenComparing(TopicSuggestions.Existing::name));

    Set<String> topicKeys = new HashSet<>();
    all.values().forEach(t -> topicKeys.add(t.key()));
    List<TopicSuggestions.NewTopic> candidates = names.stream()
        .filter(n -> !topicKeys.contains(n.key()))
        .sorted(Comparator.comparingDouble((NamedEntities.Entity n) -> -(n.count() + (n.inTitle() ? 2 : 0)
            + 0.5 * (n.name().split(" ").length - 1))))
        .limit(SHOWN)
        .map(n -> new TopicSuggestions.NewTopic(n.name(), n.count(), n.inTitle()))
        .toList();
    return new TopicSuggestions(existing.subList(0, Math.min(SHOWN, existing.size())), candidates);
  }

  /** The body's text whether it came as HTML or as plain text, paragraphs kept apart. */
  private static String plainText(String body) {
    if (body.indexOf('<') < 0) {
      return body;
    }
    return Jsoup.parse(body.replaceAll("(?i)</p>|<br\\s*/?>|</h\\d>|</li>", "\n")).wholeText();
  }

  /** Every run of one to four words, in topic-name form: the text names a topic when one of these is its key. */
  static Set<String> phrases(String text) {
    String[] words = NameKeys.of(text).split("[^\\p{L}\\p{N}'&-]+");
    Set<String> phrases = new LinkedHashSet<>();
    for (int i = 0; i < words.length; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 0; n < MAX_WORDS && i + n < words.length; n++) {
        if (words[i + n].isEmpty()) {
          break;
        }
        phrase.append(n == 0 ? "" : " ").append(words[i + n]);
        if (phrase.length() >= 2) {
          phrases.add(phrase.toString());
        }
      }
    }
    return phrases;
  }

  private record KeyedTopic(Topic topic, String key) {}

  private List<KeyedTopic> topicsByKey(Set<String> keys) {
    List<String> all = List.copyOf(keys);
    List<KeyedTopic> found = new ArrayList<>();
    for (int from = 0; from < all.size(); from += LOOKUP_CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + LOOKUP_CHUNK));
      found.addAll(jdbi.withHandle(h -> h.createQuery(
              "select id, name, slug, description, name_key from topic where name_key in (<keys>) order by id")
          .bindList("keys", chunk)
          .map((rs, ctx) -> new KeyedTopic(new Topic(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
              rs.getString("description")), rs.getString("name_key")))
          .list()));
    }
    return found;
  }

  private List<KeyedTopic> topicsById(Set<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbi.withHandle(h -> h.createQuery(
            "select id, name, slug, description, name_key from topic where id in (<ids>) order by id")
        .bindList("ids", List.copyOf(ids))
        .map((rs, ctx) -> new KeyedTopic(new Topic(rs.getLong("id"), rs.getString("name"), rs.getString("slug"),
            rs.getString("description")), rs.getString("name_key")))
        .list());
  }
}
