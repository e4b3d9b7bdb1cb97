package kiosque.related;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import kiosque.content.Article;
import kiosque.content.Teaser;
import kiosque.related.RelatedListStore.Kind;

/**
 * The lists as page views read them: one SQL query per list over the stored items, joined to the
 * article table so anything no longer published drops out; never a search. An article whose lists
 * are not computed yet (a fresh import, the follower catching up) gets the SQL baseline.
 */
final class StoredRelated implements RelatedArticles {

  private final RelatedListStore lists;
  private final RelatedArticles fallback;

  StoredRelated(RelatedListStore lists, RelatedArticles fallback) {
    this.lists = lists;
    this.fallback = fallback;
  }

  @Override
  public List<Teaser> goFurther(Article article, int limit) {
    Optional<List<Teaser>> stored = lists.shown(article.id(), Kind.FURTHER);
    if (stored.isEmpty()) {
      return fallback.goFurther(article, limit);
    }
    return stored.get().stream().filter(t -> t.id() != article.id()).limit(limit).toList();
  }

  @Override
  public List<Teaser> recommendations(Article article, Set<Long> exclude, int limit) {
    Optional<List<Teaser>> stored = lists.shown(article.id(), Kind.RECOMMENDED);
    if (stored.isEmpty()) {
      return fallback.recommendations(article, exclude, limit);
    }
    return stored.get().stream().filter(t -> t.id() != article.id() && !exclude.contains(t.id())).limit(limit)
        .toList();
  }
}
