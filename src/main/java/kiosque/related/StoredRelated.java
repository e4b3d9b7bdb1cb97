package kiosque.related;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import kiosque.content.Article;
import kiosque.content.ReadWithArticle;
import kiosque.content.Teaser;
import kiosque.related.RelatedListStore.Kind;
import kiosque.related.RelatedListStore.StoredLists;

/**
 * The lists as page views read them: one SQL query over the stored items of both lists, joined to
 * the article table so anything no longer published drops out; never a search. An article whose
 * lists are not computed yet (a fresh import, the follower catching up) is handed to the fallback
 * it was built with: {@code ComputedOnMiss} computes and stores them in the request, and only while
 * the search index is being rebuilt does the SQL baseline answer.
 */
final class StoredRelated implements RelatedArticles {

  private final RelatedListStore lists;
  private final RelatedArticles fallback;
  /** The page's read of both lists, sent with its article's reads: no round trip of its own. */
  private final ReadWithArticle<ListsRead> withArticle = new ReadWithArticle<>(RelatedListStore.SHOWN_LISTS) {
    @Override
    protected ListsRead map(ResultSet rows) throws SQLException {
      Optional<StoredLists> stored = RelatedListStore.storedLists(rows);
      return (article, furtherLimit, recommendedLimit) -> shown(stored, article, furtherLimit, recommendedLimit);
    }
  };

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

  @Override
  public Shown shown(Article article, int furtherLimit, int recommendedLimit) {
    return shown(lists.shownLists(article.id()), article, furtherLimit, recommendedLimit);
  }

  @Override
  public ReadWithArticle<ListsRead> shownWithArticle() {
    return withArticle;
  }

  private Shown shown(Optional<StoredLists> stored, Article article, int furtherLimit, int recommendedLimit) {
    if (stored.isEmpty()) {
      return fallback.shown(article, furtherLimit, recommendedLimit);
    }
    List<Teaser> further = pick(stored.get().further(), article.id(), Set.of(), furtherLimit);
    Set<Long> shownAbove = new HashSet<>();
    further.forEach(t -> shownAbove.add(t.id()));
    List<Teaser> recommended = pick(stored.get().recommended(), article.id(), shownAbove, recommendedLimit);
    return new Shown(further, recommended, stored.get().lastModified());
  }

  private static List<Teaser> pick(List<Teaser> items, long articleId, Set<Long> exclude, int limit) {
    List<Teaser> picked = new ArrayList<>(Math.min(limit, items.size()));
    for (Teaser t : items) {
      if (picked.size() == limit) {
        break;
      }
      if (t.id() != articleId && !exclude.contains(t.id())) {
        picked.add(t);
      }
    }
    return picked;
  }
}
