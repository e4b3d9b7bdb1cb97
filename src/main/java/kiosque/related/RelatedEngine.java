package kiosque.related;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.Article;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.search.IndexSearcher;

/**
 * Computes an article's two lists from the search index; nothing here runs during a page view.
 *
 * <p>One query scores the archive against the article's key terms, names and topics. "Aller plus
 * loin" ranks by that similarity (relative to the article's own score), plus a little for
 * closeness in time and a bonus for the same story (very similar and within a few days).
 * Recommendations ({@link Recommender}) weigh the same similarity by freshness relative to now.
 */
final class RelatedEngine {

  static final int FURTHER_SHOWN = 4;
  static final int FURTHER_KEPT = 6;
  static final int RECOMMENDED_KEPT = 14;
  /** Refreshed when an article changes: a fresh article belongs in the recommendations of more than its closest few. */
  static final int NEIGHBOURS = 20;
  /** Articles less similar than this are left to the daily refresh: the change is unlikely to enter their lists. */
  private static final double NEIGHBOUR_SIMILARITY = 0.05;
  private static final int CANDIDATES = 80;
  private static final double CLOSE_IN_TIME_DAYS = 30;
  private static final double TIME_WEIGHT = 0.15;
  private static final double SAME_STORY_SIMILARITY = 0.35;
  private static final Duration SAME_STORY_WINDOW = Duration.ofDays(3);
  private static final double SAME_STORY_BONUS = 0.1;
  private static final double MIN_FURTHER_SIMILARITY = 0.02;

  private final SimilarityIndex index;
  private final Clock clock;
  private final DocFrequencies frequencies = new DocFrequencies();

  RelatedEngine(SimilarityIndex index, Clock clock) {
    this.index = index;
    this.clock = clock;
  }

  SimilarityIndex index() {
    return index;
  }

  ComputedLists compute(Article article, Overrides overrides) {
    Instant now = clock.instant();
    return index.read(searcher -> {
      ArticleProfile profile = ArticleProfile.of(searcher, index.textAnalyzer(), frequencies, article);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, CANDIDATES);
      List<Ranked> ranked = rankFurther(article, similar, overrides);
      List<Pick> further = further(searcher, profile, article, ranked, overrides);
      List<Pick> recommended = Recommender.recommend(searcher, profile, article, similar, further, overrides, now);
      List<Long> neighbours = similar.stream().filter(c -> c.similarity >= NEIGHBOUR_SIMILARITY).limit(NEIGHBOURS)
          .map(c -> c.articleId).toList();
      return new ComputedLists(further, recommended, neighbours);
    });
  }

  /** "Aller plus loin" as ranked before anything else is applied: what the evaluation scores. */
  List<Long> ranking(Article article, int count, SimilarityWeights weights) {
    return index.read(searcher -> {
      ArticleProfile profile = ArticleProfile.of(searcher, index.textAnalyzer(), frequencies, article);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, weights, CANDIDATES);
      return rankFurther(article, similar, Overrides.NONE).stream().limit(count).map(r -> r.candidate.articleId)
          .toList();
    });
  }

  /** The matches of the article's query other than itself, with their similarity to it. */
  private static List<Candidate> similar(IndexSearcher searcher, ArticleProfile profile, int count) throws IOException {
    return similar(searcher, profile, SimilarityWeights.DEFAULT, count);
  }

  private static List<Candidate> similar(IndexSearcher searcher, ArticleProfile profile,
      SimilarityWeights weights, int count) throws IOException {
    List<Candidate> hits = Candidates.best(searcher, profile.query(weights), count + 1);
    float self = hits.stream().filter(c -> c.articleId == profile.articleId()).map(c -> c.score).findFirst()
        .orElse(hits.isEmpty() ? 1f : hits.getFirst().score);
    List<Candidate> others = new ArrayList<>(hits.size());
    for (Candidate hit : hits) {
      if (hit.articleId != profile.articleId()) {
        hit.similarity = Math.min(1.0, hit.score / self);
        others.add(hit);
      }
    }
    return others;
  }

  private record Ranked(Candidate candidate, double score, boolean sameStory) {}

  private static List<Ranked> rankFurther(Article article, List<Candidate> similar, Overrides overrides) {
    Instant published = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
    List<Ranked> ranked = new ArrayList<>();
    for (Candidate c : similar) {
      if (c.similarity < MIN_FURTHER_SIMILARITY || overrides.excluded().contains(c.articleId)) {
        continue;
      }
      Duration apart = Duration.between(c.publishedAt, published).abs();
      double closeness = 1 / (1 + apart.toHours() / 24.0 / CLOSE_IN_TIME_DAYS);
      boolean sameStory = c.similarity >= SAME_STORY_SIMILARITY && apart.compareTo(SAME_STORY_WINDOW) <= 0;
      double score = c.similarity * (1 + TIME_WEIGHT * closeness) + (sameStory ? SAME_STORY_BONUS : 0);
      ranked.add(new Ranked(c, score, sameStory));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score).thenComparingLong(r -> -r.candidate.articleId));
    return ranked;
  }

  private static List<Pick> further(IndexSearcher searcher, ArticleProfile profile, Article article,
      List<Ranked> ranked, Overrides overrides) throws IOException {
    List<Pick> picks = new ArrayList<>();
    Set<Long> taken = new HashSet<>(Set.of(article.id()));
    for (long pinned : overrides.pinned()) {
      if (taken.add(pinned) && !overrides.excluded().contains(pinned)) {
        picks.add(new Pick(pinned, Reasons.PINNED, true));
      }
    }
    List<Set<String>> titles = new ArrayList<>(List.of(Titles.words(article.title())));
    List<Ranked> chosen = new ArrayList<>();
    for (Ranked r : ranked) {
      if (picks.size() + chosen.size() >= FURTHER_KEPT) {
        break;
      }
      Candidate c = r.candidate;
      if (taken.contains(c.articleId)) {
        continue;
      }
      c.loadDetails(searcher);
      Set<String> words = Titles.words(c.title());
      if (titles.stream().anyMatch(t -> Titles.nearIdentical(t, words))) {
        continue;
      }
      titles.add(words);
      taken.add(c.articleId);
      chosen.add(r);
    }
    Map<Candidate, List<KeyTerm>> terms = Reasons.sharedTerms(searcher, profile,
        chosen.stream().map(Ranked::candidate).toList());
    for (Ranked r : chosen) {
      picks.add(new Pick(r.candidate.articleId, Reasons.of(profile, r.candidate, terms.get(r.candidate), r.sameStory,
          false), false));
    }
    return picks;
  }
}
