package kiosque.related;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.content.Teaser;

/**
 * Brings one article's stored lists up to date: computed and saved when it is published, forgotten
 * otherwise. Lists short of items (a small archive, an article about little) are topped up with
 * the latest articles of its section, then the latest of all. One refresh at a time on this node:
 * the follower and the background worker never write the same rows at once.
 */
final class ListRefresher {

  private final RelatedEngine engine;
  private final RelatedListStore lists;
  private final OverrideStore overrides;
  private final ArticleStore articles;
  private final RelatedStore latest;
  private final Clock clock;
  private final Consumer<Collection<Long>> listsChanged;

  /** @param listsChanged told which articles' lists were rewritten (their cached pages are stale) */
  ListRefresher(RelatedEngine engine, RelatedListStore lists, OverrideStore overrides, ArticleStore articles,
      RelatedStore latest, Clock clock, Consumer<Collection<Long>> listsChanged) {
    this.engine = engine;
    this.lists = lists;
    this.overrides = overrides;
    this.articles = articles;
    this.latest = latest;
    this.clock = clock;
    this.listsChanged = listsChanged;
  }

  /** Refreshes an article read afresh from the database; returns the articles that may now want to list it. */
  List<Long> refresh(long articleId) {
    Optional<Article> article = articles.findById(articleId);
    if (article.isPresent() && article.get().isPublished()) {
      return refresh(article.get());
    }
    return forget(articleId);
  }

  /** Computes and stores a published article's lists; returns its most similar articles. */
  synchronized List<Long> refresh(Article article) {
    Overrides chosen = overrides.of(article.id());
    ComputedLists computed = engine.compute(article, chosen);
    ComputedLists full = topUp(article, computed, chosen.excluded());
    // Before its first computation the page showed the SQL baseline: that counts as a change.
    boolean same = lists.computedAt(article.id()).isPresent()
        && lists.itemIds(article.id()).equals(RelatedListStore.itemIds(full));
    lists.save(article.id(), full, clock.instant());
    if (!same) {
      // Only a list that changed purges the page: the daily refresh must not empty the page cache.
      listsChanged.accept(List.of(article.id()));
    }
    return computed.neighbours();
  }

  /** Drops the lists of an article no longer published; returns the articles that listed it. */
  synchronized List<Long> forget(long articleId) {
    List<Long> listing = lists.listing(List.of(articleId));
    lists.delete(articleId);
    List<Long> changed = new ArrayList<>(listing);
    changed.add(articleId);
    // Page views already skip the unpublished item; their cached copies must go now.
    listsChanged.accept(changed);
    return listing;
  }

  private ComputedLists topUp(Article article, ComputedLists computed, Set<Long> excluded) {
    if (computed.further().size() >= RelatedEngine.FURTHER_KEPT
        && computed.recommended().size() >= RelatedEngine.RECOMMENDED_KEPT) {
      return computed;
    }
    Set<Long> taken = new HashSet<>(excluded);
    taken.add(article.id());
    computed.further().forEach(p -> taken.add(p.articleId()));
    computed.recommended().forEach(p -> taken.add(p.articleId()));
    int wanted = RelatedEngine.FURTHER_KEPT + RelatedEngine.RECOMMENDED_KEPT + taken.size();
    List<Pick> fillers = new ArrayList<>();
    if (article.section() != null) {
      addFillers(fillers, taken, latest.latestInSection(article.section().id(), wanted), Reasons.SAME_SECTION_RECENT);
    }
    addFillers(fillers, taken, latest.latest(wanted), Reasons.RECENT);
    List<Pick> further = new ArrayList<>(computed.further());
    while (further.size() < RelatedEngine.FURTHER_KEPT && !fillers.isEmpty()) {
      further.add(fillers.removeFirst());
    }
    List<Pick> recommended = new ArrayList<>(computed.recommended());
    while (recommended.size() < RelatedEngine.RECOMMENDED_KEPT && !fillers.isEmpty()) {
      recommended.add(fillers.removeFirst());
    }
    return new ComputedLists(further, recommended, computed.neighbours());
  }

  private static void addFillers(List<Pick> fillers, Set<Long> taken, List<Teaser> teasers, String reason) {
    for (Teaser teaser : teasers) {
      if (taken.add(teaser.id())) {
        fillers.add(new Pick(teaser.id(), reason, false));
      }
    }
  }
}
