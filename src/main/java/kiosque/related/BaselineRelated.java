package kiosque.related;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kiosque.content.Article;
import kiosque.content.Teaser;

/**
 * A simple, honest baseline until the search-based engine replaces it: articles sharing topics,
 * rare topics weighing more; then the same section; then the most recent. Recommendations take
 * the freshest articles sharing a topic or the section, so an old page still points to new ones.
 */
public final class BaselineRelated implements RelatedArticles {

  private final RelatedStore store;

  public BaselineRelated(RelatedStore store) {
    this.store = store;
  }

  @Override
  public List<Teaser> goFurther(Article article, int limit) {
    Set<Long> seen = new HashSet<>(Set.of(article.id()));
    List<Teaser> picked = new ArrayList<>();
    long sectionId = article.section() == null ? -1 : article.section().id();
    add(picked, seen, store.sharingTopicsByRarity(article.id(), sectionId, limit + 1), limit);
    if (picked.size() < limit && sectionId >= 0) {
      add(picked, seen, store.latestInSection(sectionId, limit + seen.size()), limit);
    }
    if (picked.size() < limit) {
      add(picked, seen, store.latest(limit + seen.size()), limit);
    }
    return picked;
  }

  @Override
  public List<Teaser> recommendations(Article article, Set<Long> exclude, int limit) {
    Set<Long> seen = new HashSet<>(exclude);
    seen.add(article.id());
    List<Teaser> picked = new ArrayList<>();
    long sectionId = article.section() == null ? -1 : article.section().id();
    List<Teaser> candidates = new ArrayList<>(store.latestSharingTopic(article.id(), limit + seen.size()));
    if (sectionId >= 0) {
      candidates.addAll(store.latestInSection(sectionId, limit + seen.size()));
    }
    candidates.sort(Comparator.comparing(Teaser::publishedAt).reversed());
    add(picked, seen, candidates, limit);
    if (picked.size() < limit) {
      add(picked, seen, store.latest(limit + seen.size()), limit);
    }
    return picked;
  }

  private static void add(List<Teaser> picked, Set<Long> seen, List<Teaser> candidates, int limit) {
    for (Teaser candidate : candidates) {
      if (picked.size() >= limit) {
        return;
      }
      if (seen.add(candidate.id())) {
        picked.add(candidate);
      }
    }
  }
}
