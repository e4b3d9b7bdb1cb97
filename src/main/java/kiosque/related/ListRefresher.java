package kiosque.related;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import kiosque.changes.ChangeKind;
import kiosque.changes.ChangeLog;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.content.Teaser;
import org.jdbi.v3.core.Jdbi;

/**
 * Brings one article's stored lists up to date: computed and saved when it is published, forgotten
 * otherwise. Lists short of items (a small archive, an article about little) are topped up with
 * the latest articles of its section, then the latest of all. One refresh at a time on this node:
 * the follower and the background worker never write the same rows at once.
 *
 * <p>When stored lists change, a {@link ChangeKind#RELATED} entry goes to the change log, so that
 * every node (not only this one) purges the article's cached page. It is written just after the
 * lists, in a transaction of its own that takes no article row, so it never waits on an editor's
 * save; a crash between the two leaves other nodes' copies to expire with the cache's lifetime.
 */
final class ListRefresher {

  private final RelatedEngine engine;
  private final RelatedListStore lists;
  private final OverrideStore overrides;
  private final ArticleStore articles;
  private final RelatedStore latest;
  private final Clock clock;
  private final Jdbi jdbi;
  private final ChangeLog changeLog;
  private final AtomicLong refreshed = new AtomicLong();

  ListRefresher(RelatedEngine engine, RelatedListStore lists, OverrideStore overrides, ArticleStore articles,
      RelatedStore latest, Clock clock, Jdbi jdbi, ChangeLog changeLog) {
    this.engine = engine;
    this.lists = lists;
    this.overrides = overrides;
    this.articles = articles;
    this.latest = latest;
    this.clock = clock;
    this.jdbi = jdbi;
    this.changeLog = changeLog;
  }

  /** Refreshes an article read afresh from the database; returns the articles that may now want to list it. */
  List<Long> refresh(long articleId) {
    Optional<Article> article = articles.findById(articleId);
    if (article.isPresent() && article.get().isPublished()) {
      return refresh(article.get());
    }
    return forget(articleId);
  }

  /**
   * After a change of the article (published, edited, withdrawn): computes its lists, or forgets
   * them when it is no longer published; returns the other articles whose lists may change with it,
   * its closest neighbours and those already listing it.
   *
   * @param article the article as it is now, read afresh; null when it no longer exists
   */
  Set<Long> afterChange(long articleId, Article article) {
    Set<Long> others = new LinkedHashSet<>();
    if (article == null || !article.isPublished()) {
      others.addAll(forget(articleId));
    } else {
      others.addAll(refresh(article));
      others.addAll(lists.listing(List.of(articleId)));
    }
    others.remove(articleId);
    return others;
  }

  /** The same, the article read from the database. */
  Set<Long> afterChange(long articleId) {
    return afterChange(articleId, articles.findById(articleId).orElse(null));
  }

  /** Computes and stores a published article's lists; returns its most similar articles. */
  synchronized List<Long> refresh(Article article) {
    refreshed.incrementAndGet();
    ComputedLists full = compute(article);
    if (store(article.id(), full)) {
      announce(List.of(article.id()));
    }
    return full.neighbours();
  }

  /** How many lists this node's follower and background queue have computed since it started. */
  long refreshedCount() {
    return refreshed.get();
  }

  /** A published article's lists as they would be stored: the engine's, topped up, editors' choices applied. */
  ComputedLists compute(Article article) {
    return compute(article, overrides.of(article.id()));
  }

  /** The same, the editors' choices already read ({@link #overrides(Collection)}). */
  ComputedLists compute(Article article, Overrides chosen) {
    return topUp(article, engine.compute(article, chosen), chosen.excluded());
  }

  /** The editors' choices of many articles, in one query. */
  Map<Long, Overrides> overrides(Collection<Long> articleIds) {
    return overrides.of(articleIds);
  }

  /**
   * Saves lists computed for a page view that found none: the page being rendered shows exactly
   * these, so no other node has a copy to purge.
   */
  void storeUnannounced(long articleId, ComputedLists full) {
    lists.save(articleId, full, clock.instant());
  }

  /**
   * Saves an article's lists; returns whether they differ from the stored ones. Before its first
   * computation the page showed something else (the SQL baseline, a page view's own computation
   * on another node): that counts as a change. Only a list that changed purges the page, so the
   * daily refresh does not empty the page caches.
   */
  boolean store(long articleId, ComputedLists full) {
    boolean same = lists.computedAt(articleId).isPresent()
        && lists.itemIds(articleId).equals(RelatedListStore.itemIds(full));
    lists.save(articleId, full, clock.instant());
    return !same;
  }

  /** Drops the lists of an article no longer published; returns the articles that listed it. */
  synchronized List<Long> forget(long articleId) {
    List<Long> listing = lists.listing(List.of(articleId));
    lists.delete(articleId);
    // Page views already skip the unpublished item, but cached copies of the pages listing it must
    // go now; its own page is purged on every node by the change that unpublished it.
    announce(listing);
    return listing;
  }

  /** Tells every node's page cache, through the change log, that these articles' lists changed. */
  void announce(Collection<Long> articleIds) {
    if (articleIds.isEmpty()) {
      return;
    }
    jdbi.useTransaction(h -> {
      for (long id : articleIds) {
        changeLog.append(h, id, ChangeKind.RELATED);
      }
    });
    changeLog.signal();
  }

  private ComputedLists topUp(Article article, ComputedLists computed, Set<Long> excluded) {
    if (computed.further().size() >= RelatedEngine.FURTHER_KEPT
        && computed.recommended().size() >= RelatedEngine.RECOMMENDED_KEPT) {
      return computed;
    }
    Set<Long> taken = new HashSet<>(excluded);
    taken.add(article.id());
    taken.addAll(computed.repeats());
    computed.further().forEach(p -> taken.add(p.articleId()));
    computed.recommended().forEach(p -> taken.add(p.articleId()));
    int wanted = RelatedEngine.FURTHER_KEPT + RelatedEngine.RECOMMENDED_KEPT + taken.size();
    List<Pick> fillers = new ArrayList<>();
    // Nor a filler that repeats the article's headline or another filler's: a short list is better than a repeat.
    List<Set<String>> headlines = new ArrayList<>(List.of(Titles.words(article.title())));
    if (article.section() != null) {
      addFillers(fillers, taken, headlines, latest.latestInSection(article.section().id(), wanted),
          Reasons.SAME_SECTION_RECENT);
    }
    addFillers(fillers, taken, headlines, latest.latest(wanted), Reasons.RECENT);
    List<Pick> further = new ArrayList<>(computed.further());
    while (further.size() < RelatedEngine.FURTHER_KEPT && !fillers.isEmpty()) {
      further.add(fillers.removeFirst());
    }
    List<Pick> recommended = new ArrayList<>(computed.recommended());
    while (recommended.size() < RelatedEngine.RECOMMENDED_KEPT && !fillers.isEmpty()) {
      recommended.add(fillers.removeFirst());
    }
    return new ComputedLists(further, recommended, computed.neighbours(), computed.repeats());
  }

  private static void addFillers(List<Pick> fillers, Set<Long> taken, List<Set<String>> headlines,
      List<Teaser> teasers, String reason) {
    for (Teaser teaser : teasers) {
      if (taken.contains(teaser.id())) {
        continue;
      }
      Set<String> words = Titles.words(teaser.title());
      if (headlines.stream().anyMatch(h -> Titles.nearIdentical(h, words))) {
        continue;
      }
      taken.add(teaser.id());
      headlines.add(words);
      fillers.add(new Pick(teaser.id(), reason, false));
    }
  }
}
