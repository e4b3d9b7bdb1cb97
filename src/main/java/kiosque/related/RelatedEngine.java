package kiosque.related;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.Article;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Computes an article's two lists from the search index; nothing here runs during a page view.
 *
 * <p>One query scores the archive against the article's key terms, names and topics. "Aller plus
 * loin" re-ranks its best matches ({@link FurtherRanking}): that similarity (relative to the
 * article's own score) mixed with the whole-text cosine ({@link TextCosine}), weighed by closeness
 * to the article's date, plus a bonus for a rare headline kicker both share ({@link Kicker}) and
 * for the same story (very similar and within a few days).
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
      ArticleProfile profile = profile(searcher, article, FurtherWeights.DEFAULT);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, CANDIDATES);
      List<Ranked> ranked = rankFurther(searcher, profile, article, similar, overrides, FurtherWeights.DEFAULT);
      List<Pick> further = further(searcher, profile, article, ranked, overrides);
      List<Pick> recommended = Recommender.recommend(searcher, profile, article, similar, further, overrides, now);
      List<Long> neighbours = similar.stream().filter(c -> c.similarity >= NEIGHBOUR_SIMILARITY).limit(NEIGHBOURS)
          .map(c -> c.articleId).toList();
      return new ComputedLists(further, recommended, neighbours);
    });
  }

  /** "Aller plus loin" as ranked before anything else is applied: what the evaluation scores. */
  List<Long> ranking(Article article, int count, SimilarityWeights weights, FurtherWeights further) {
    return index.read(searcher -> {
      ArticleProfile profile = profile(searcher, article, further);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, weights, CANDIDATES);
      return rankFurther(searcher, profile, article, similar, Overrides.NONE, further).stream().limit(count)
          .map(r -> r.candidate.articleId).toList();
    });
  }

  private ArticleProfile profile(IndexSearcher searcher, Article article, FurtherWeights weights) throws IOException {
    return ArticleProfile.of(searcher, index.textAnalyzer(), frequencies, article, weights.keyTerms());
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

  private record Ranked(Candidate candidate, double score, boolean sameStory, Kicker dossier) {}

  /** Orders the candidates by {@link FurtherRanking}: the whole-text cosine, closeness in time, a shared kicker. */
  private List<Ranked> rankFurther(IndexSearcher searcher, ArticleProfile profile, Article article,
      List<Candidate> similar, Overrides overrides, FurtherWeights weights) throws IOException {
    FurtherRanking ranking = new FurtherRanking(weights);
    Instant published = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
    List<Candidate> kept = similar.stream()
        .filter(c -> c.similarity >= MIN_FURTHER_SIMILARITY && !overrides.excluded().contains(c.articleId)).toList();
    Map<Integer, Double> cosines = weights.cosine() > 0 ? cosines(searcher, profile, kept) : Map.of();
    Kicker kicker = weights.kicker() > 0 ? Kicker.of(article.title()).orElse(null) : null;
    double kickerRarity = kicker == null ? 0
        : kicker.rarity(searcher.getIndexReader(), index.textAnalyzer(), frequencies);
    List<Ranked> ranked = new ArrayList<>();
    for (Candidate c : kept) {
      double daysApart = Duration.between(c.publishedAt, published).abs().toHours() / 24.0;
      double shared = 0;
      if (kicker != null) {
        c.loadDetails(searcher);
        shared = Kicker.of(c.title()).filter(k -> k.key().equals(kicker.key())).isPresent() ? kickerRarity : 0;
      }
      double cosine = cosines.getOrDefault(c.doc, 0.0);
      double score = ranking.score(c.similarity, cosine, daysApart, shared);
      ranked.add(new Ranked(c, score, ranking.sameStory(ranking.relevance(c.similarity, cosine), daysApart),
          FurtherRanking.namesTheDossier(shared) ? kicker : null));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score).thenComparingLong(r -> -r.candidate.articleId));
    return ranked;
  }

  /** Each candidate's whole-text cosine relative to the article's own (1 for a copy of it), by document. */
  private static Map<Integer, Double> cosines(IndexSearcher searcher, ArticleProfile profile, List<Candidate> kept)
      throws IOException {
    List<Integer> docs = new ArrayList<>(kept.stream().map(c -> c.doc).toList());
    int self = selfDoc(searcher, profile.articleId());
    if (self >= 0) {
      docs.add(self);
    }
    Map<Integer, Double> products = TextCosine.of(searcher, profile.vector(), docs);
    double own = self >= 0 ? products.getOrDefault(self, 0.0) : 0;
    double scale = own > 0 ? own : products.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    Map<Integer, Double> relative = new HashMap<>();
    products.forEach((doc, product) -> relative.put(doc, scale > 0 ? Math.min(1.0, product / scale) : 0));
    return relative;
  }

  private static int selfDoc(IndexSearcher searcher, long articleId) throws IOException {
    if (articleId <= 0) {
      return -1;
    }
    TopDocs hit = searcher.search(new TermQuery(new Term(SimilarityIndex.ID, Long.toString(articleId))), 1);
    return hit.scoreDocs.length == 0 ? -1 : hit.scoreDocs[0].doc;
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
          r.dossier, false), false));
    }
    return picks;
  }
}
