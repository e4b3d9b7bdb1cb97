package kiosque.related;

import java.util.List;
import kiosque.content.Article;
import kiosque.content.Teaser;
import kiosque.related.RelatedListStore.Kind;
import org.apache.lucene.analysis.Analyzer;
import org.jdbi.v3.core.Jdbi;

/**
 * What {@code kiosque.evaluation} measures of the engine and its stores, without making them
 * public: the stored lists as pages show them, the engine's raw ranking, the SQL baselines. The one
 * door from the evaluation into this package; nothing on the production path uses it.
 */
public final class RelatedProbe {

  private final RelatedService related;
  private final RelatedListStore lists;
  private final RelatedStore sql;

  public RelatedProbe(Jdbi jdbi, RelatedService related) {
    this.related = related;
    this.lists = new RelatedListStore(jdbi);
    this.sql = new RelatedStore(jdbi);
  }

  /** The stored "Aller plus loin" as a page shows it (empty when never computed). */
  public List<Long> shownFurther(long articleId) {
    return ids(lists.shown(articleId, Kind.FURTHER).orElse(List.of()));
  }

  /** The stored recommendations as a page shows them (empty when never computed). */
  public List<Long> shownRecommended(long articleId) {
    return ids(lists.shown(articleId, Kind.RECOMMENDED).orElse(List.of()));
  }

  /** The engine's ranking before freshness and diversity, with these weights. */
  public List<Long> ranking(Article article, int count, SimilarityWeights weights) {
    return ranking(article, count, weights, FurtherWeights.DEFAULT);
  }

  /** The engine's ranking before freshness and diversity, with these weights and this re-ranking. */
  public List<Long> ranking(Article article, int count, SimilarityWeights weights, FurtherWeights further) {
    return related.engine().ranking(article, count, weights, further);
  }

  /** What the engine knows of the similarity query's first {@code count} candidates, to fit re-rankings offline. */
  public RankingFeatures features(Article article, int count, SimilarityWeights weights) {
    return related.engine().features(article, count, weights);
  }

  /** The index's text analyser, so that the evaluation's own baselines see the same stems as the engine. */
  public Analyzer textAnalyzer() {
    return related.engine().index().textAnalyzer();
  }

  /** Computes both lists with no editor's choice and stores nothing: the engine's time alone. */
  public void computeOnly(Article article) {
    related.engine().compute(article, Overrides.NONE);
  }

  /**
   * Both lists as computed, one line: the items with their reasons and pins, then the neighbours.
   * Two engines that must agree (an exact optimisation) are compared by these lines.
   */
  public String describeLists(Article article) {
    ComputedLists lists = related.engine().compute(article, Overrides.NONE);
    return article.id() + "\tF " + lists.further() + "\tR " + lists.recommended() + "\tN " + lists.neighbours();
  }

  /** Deletes an article's stored lists, so the next page view finds none. */
  public void forgetLists(long articleId) {
    lists.delete(articleId);
  }

  /** Baseline: articles sharing the most rare topics with this one. */
  public List<Long> sharingTopicsByRarity(long articleId, long sectionId, int limit) {
    return ids(sql.sharingTopicsByRarity(articleId, sectionId, limit));
  }

  /** Baseline: the latest articles of a section. */
  public List<Long> latestInSection(long sectionId, int limit) {
    return ids(sql.latestInSection(sectionId, limit));
  }

  /** The SQL lists served while the index rebuilds, as a page view reads them. */
  public RelatedArticles sqlBaseline() {
    return new BaselineRelated(sql);
  }

  private static List<Long> ids(List<Teaser> teasers) {
    return teasers.stream().map(Teaser::id).toList();
  }
}
