package kiosque.related;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import kiosque.content.Article;
import kiosque.content.Teaser;
import kiosque.content.TeaserCache;
import kiosque.search.SimilarityIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a page view gets when the article's lists are not stored yet (a fresh import, the follower
 * or the bulk command still at work): the engine computes them in the request, a few milliseconds
 * at 100,000 articles against about 345 ms for the SQL baseline, and they are stored at once, so
 * the page's second list and the next view read them. Any node does this, lease or not: the lists
 * are what the holder would store, and storing them again is harmless. While the search index is
 * rebuilt the engine cannot answer, and an unpublished article (a preview) gets no stored lists:
 * the SQL baseline serves those.
 */
final class ComputedOnMiss implements RelatedArticles {

  private static final Logger log = LoggerFactory.getLogger(ComputedOnMiss.class);

  private final ListRefresher refresher;
  private final SimilarityIndex index;
  private final RelatedArticles baseline;
  /** Reads the lists once stored; falls back to the baseline if they are not (a failed store). */
  private final RelatedArticles stored;

  ComputedOnMiss(ListRefresher refresher, RelatedListStore lists,
      Function<Collection<Long>, Map<Long, TeaserCache.Held>> teasers, SimilarityIndex index, RelatedArticles baseline) {
    this.refresher = refresher;
    this.index = index;
    this.baseline = baseline;
    this.stored = new StoredRelated(lists, teasers, baseline);
  }

  @Override
  public List<Teaser> goFurther(Article article, int limit) {
    return (computed(article) ? stored : baseline).goFurther(article, limit);
  }

  @Override
  public List<Teaser> recommendations(Article article, Set<Long> exclude, int limit) {
    return (computed(article) ? stored : baseline).recommendations(article, exclude, limit);
  }

  @Override
  public Shown shown(Article article, int furtherLimit, int recommendedLimit) {
    return (computed(article) ? stored : baseline).shown(article, furtherLimit, recommendedLimit);
  }

  /** Computes and stores the article's lists; false when the baseline must serve instead. */
  private boolean computed(Article article) {
    if (!article.isPublished() || index.isRebuilding()) {
      return false;
    }
    try {
      refresher.storeUnannounced(article.id(), refresher.compute(article));
      return true;
    } catch (RuntimeException e) {
      log.warn("Computing the related lists of article {} for a page view failed; the SQL baseline serves it",
          article.id(), e);
      return false;
    }
  }
}
