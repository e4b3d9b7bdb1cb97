package kiosque.related;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import kiosque.content.Article;
import kiosque.content.ReadWithArticle;
import kiosque.content.Teaser;
import kiosque.content.TeaserCache;
import kiosque.related.RelatedListStore.FirstItems;
import kiosque.related.RelatedListStore.Item;
import kiosque.related.RelatedListStore.Kind;
import kiosque.related.RelatedListStore.StoredLists;

/**
 * The lists as page views read them: the stored items of both lists, with their articles' teasers
 * as published now (the article page's first items by id, then their teasers held in memory or
 * read: {@code content.TeaserCache}; the whole lists joined to the teasers), so anything no longer
 * published drops out; never a search. An article whose
 * lists are not computed yet (a fresh import, the follower catching up) is handed to the fallback
 * it was built with: {@code ComputedOnMiss} computes and stores them in the request, and only while
 * the search index is being rebuilt does the SQL baseline answer.
 */
final class StoredRelated implements RelatedArticles {

  private final RelatedListStore lists;
  private final RelatedArticles fallback;
  /**
   * The page's read of both lists' first items, from their state row joined to the article's: no
   * statement of its own. When they are not enough (an item withdrawn, a longer list asked), the lists are read
   * whole after it.
   */
  private final ReadWithArticle<ListsRead> withArticle = new ReadWithArticle<>(RelatedListStore.FIRST_ITEMS_COLUMNS,
      RelatedListStore.FIRST_ITEMS_JOIN) {
    @Override
    protected ListsRead map(ResultSet row, int first) throws SQLException {
      Optional<FirstItems> items = RelatedListStore.firstItems(row, first);
      return (article, furtherLimit, recommendedLimit) -> shown(
          items.map(i -> i.withTeasers(teasers.apply(i.all()))), article, furtherLimit, recommendedLimit);
    }
  };
  /** The first items' teasers by id ({@code ArticleStore.heldTeasers}). */
  private final Function<Collection<Long>, Map<Long, TeaserCache.Held>> teasers;

  StoredRelated(RelatedListStore lists, Function<Collection<Long>, Map<Long, TeaserCache.Held>> teasers,
      RelatedArticles fallback) {
    this.lists = lists;
    this.teasers = teasers;
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

  /**
   * Picks each list's first items that are neither the article nor, for the recommendations, shown
   * above. From lists read cut ({@link RelatedListStore#FIRST_ITEMS_COLUMNS}) the picks are those of the
   * whole lists whenever each is full or its list was not cut (the items after the cut come after
   * every item picked); otherwise the lists are read whole and picked again.
   *
   * @return the lists shown, and when they last changed: the later of the lists' change and the
   *     last change of an item shown (one not shown changes nothing on the page)
   */
  private Shown shown(Optional<StoredLists> stored, Article article, int furtherLimit, int recommendedLimit) {
    if (stored.isEmpty()) {
      return fallback.shown(article, furtherLimit, recommendedLimit);
    }
    return picked(stored.get(), article.id(), furtherLimit, recommendedLimit)
        .orElseGet(() -> shown(lists.shownLists(article.id()), article, furtherLimit, recommendedLimit));
  }

  /** What {@link #shown} shows of these lists; empty when they were cut too short to tell. */
  static Optional<Shown> picked(StoredLists lists, long articleId, int furtherLimit, int recommendedLimit) {
    List<Item> further = pick(lists.further(), articleId, Set.of(), furtherLimit);
    Set<Long> shownAbove = new HashSet<>();
    further.forEach(item -> shownAbove.add(item.teaser().id()));
    List<Item> recommended = pick(lists.recommended(), articleId, shownAbove, recommendedLimit);
    if (further.size() < furtherLimit && lists.furtherCut()
        || recommended.size() < recommendedLimit && lists.recommendedCut()) {
      return Optional.empty();
    }
    Instant lastModified = latest(latest(lists.changedAt(), further), recommended);
    return Optional.of(new Shown(teasers(further), teasers(recommended), lastModified));
  }

  private static Instant latest(Instant since, List<Item> items) {
    Instant latest = since;
    for (Item item : items) {
      if (item.updatedAt() != null && item.updatedAt().isAfter(latest)) {
        latest = item.updatedAt();
      }
    }
    return latest;
  }

  private static List<Item> pick(List<Item> items, long articleId, Set<Long> exclude, int limit) {
    List<Item> picked = new ArrayList<>(Math.min(limit, items.size()));
    for (Item item : items) {
      if (picked.size() == limit) {
        break;
      }
      long id = item.teaser().id();
      if (id != articleId && !exclude.contains(id)) {
        picked.add(item);
      }
    }
    return picked;
  }

  private static List<Teaser> teasers(List<Item> items) {
    Teaser[] teasers = new Teaser[items.size()];
    for (int i = 0; i < teasers.length; i++) {
      teasers[i] = items.get(i).teaser();
    }
    return List.of(teasers);
  }
}
