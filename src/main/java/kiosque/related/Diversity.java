package kiosque.related;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;

/**
 * Picks a varied list from candidates in order of preference: never two near-identical headlines
 * (nor one near-identical to the article's own), and at most {@code perTopic} items sharing a
 * topic. When the cap leaves the list short, a second pass fills it, still without near-duplicates:
 * a short list is worse than a narrow one.
 */
final class Diversity {

  private Diversity() {}

  static List<Candidate> pick(IndexSearcher searcher, List<Candidate> ordered, int count, Set<String> ownTitle,
      int perTopic) throws IOException {
    Set<Candidate> picked = new LinkedHashSet<>();
    List<Set<String>> titles = new ArrayList<>(List.of(ownTitle));
    Map<String, Integer> perTopicCount = new HashMap<>();
    for (boolean capped : new boolean[] {true, false}) {
      for (Candidate c : ordered) {
        if (picked.size() >= count) {
          break;
        }
        if (picked.contains(c)) {
          continue;
        }
        c.loadDetails(searcher);
        Set<String> words = c.titleWords();
        if (titles.stream().anyMatch(t -> Titles.nearIdentical(t, words))) {
          continue;
        }
        if (capped && c.topicIds().stream().anyMatch(t -> perTopicCount.getOrDefault(t, 0) >= perTopic)) {
          continue;
        }
        picked.add(c);
        titles.add(words);
        c.topicIds().forEach(t -> perTopicCount.merge(t, 1, Integer::sum));
      }
    }
    return sortedAsOrdered(ordered, picked);
  }

  /** The picks in the candidates' order, so a filler from the second pass does not jump the queue. */
  private static List<Candidate> sortedAsOrdered(List<Candidate> ordered, Set<Candidate> picked) {
    return ordered.stream().filter(picked::contains).toList();
  }
}
