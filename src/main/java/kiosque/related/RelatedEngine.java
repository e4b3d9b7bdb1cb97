package kiosque.related;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.Article;
import kiosque.related.KeyTerms.KeyTerm;
import kiosque.search.SimilarityIndex;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Computes an article's two lists from the search index; nothing here runs during a page view.
 *
 * <p>One query scores the archive against the article's key terms, names and topics. "Aller plus
 * loin" re-ranks its best matches ({@link FurtherRanking}): that similarity (relative to the
 * article's own score) mixed with the whole-text cosine ({@link TextCosine}), the shared names'
 * rarity ({@link SharedNames}) and the resemblance to the article's closest neighbours ({@link
 * Neighbourhood}), weighed by closeness to the article's date on a scale set by how spread in time
 * those neighbours are, plus a bonus for a rare headline kicker both share ({@link Kicker}) and
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
      LookedUpTerms lookedUp = new LookedUpTerms(searcher);
      Query query = profile.query(SimilarityWeights.DEFAULT, lookedUp);
      Candidates.WithRecent found = profile.isEmpty() ? new Candidates.WithRecent(List.of(), List.of())
          : Candidates.bestWithRecent(searcher, query, CANDIDATES + 1, Recommender.recentSince(now),
              Recommender.RECENT_CANDIDATES);
      List<Candidate> similar = others(profile, found.all());
      NameOrdinals names = new NameOrdinals(profile.entities());
      List<Ranked> ranked = rankFurther(searcher, profile, names, article, similar, overrides, FurtherWeights.DEFAULT);
      FurtherChoice chosen = further(searcher, article, ranked, overrides);
      List<Candidate> recommendedPicks = Recommender.pick(searcher, profile, found.recent(), article, similar,
          chosen.shownIds(), overrides, now);
      // The reason lines' shared terms for both lists in one pass over the terms' postings.
      Set<Candidate> explained = Collections.newSetFromMap(new IdentityHashMap<>());
      chosen.ranked().forEach(r -> explained.add(r.candidate));
      explained.addAll(recommendedPicks);
      Map<Candidate, List<KeyTerm>> terms = Reasons.sharedTerms(searcher, profile, lookedUp, explained);
      List<Pick> further = chosen.picks(profile, names, terms);
      List<Pick> recommended = Recommender.picks(profile, names, recommendedPicks, terms, now);
      List<Long> neighbours = similar.stream().filter(c -> c.similarity >= NEIGHBOUR_SIMILARITY).limit(NEIGHBOURS)
          .map(c -> c.articleId).toList();
      return new ComputedLists(further, recommended, neighbours, chosen.repeats());
    });
  }

  /** "Aller plus loin" as ranked before anything else is applied: what the evaluation scores. */
  List<Long> ranking(Article article, int count, SimilarityWeights weights, FurtherWeights further) {
    return index.read(searcher -> {
      ArticleProfile profile = profile(searcher, article, further);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, weights, CANDIDATES);
      return rankFurther(searcher, profile, new NameOrdinals(profile.entities()), article, similar, Overrides.NONE,
          further).stream().limit(count)
          .map(r -> r.candidate.articleId).toList();
    });
  }

  /** The evidence on the similarity query's first {@code count} candidates, to fit re-rankings (evaluation only). */
  RankingFeatures features(Article article, int count, SimilarityWeights weights) {
    return index.read(searcher -> {
      ArticleProfile profile = profile(searcher, article, FurtherWeights.DEFAULT);
      List<Candidate> similar = profile.isEmpty() ? List.of() : similar(searcher, profile, weights, count);
      Instant published = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
      List<Integer> docs = new ArrayList<>(similar.stream().map(c -> c.doc).toList());
      int self = selfDoc(searcher, profile.articleId());
      if (self >= 0) {
        docs.add(self);
      }
      Map<Integer, double[]> texts = TextCosine.vectors(searcher, profile.vector(), docs);
      Map<Integer, double[]> headlines = TextCosine.headlines(searcher, profile.vector(), docs);
      Kicker kicker = Kicker.of(article.title()).orElse(null);
      double kickerRarity = kicker == null ? 0
          : kicker.rarity(searcher.getIndexReader(), index.textAnalyzer(), frequencies);
      List<RankingFeatures.Row> rows = new ArrayList<>();
      NameOrdinals names = new NameOrdinals(profile.entities());
      double[] nameIdfs = SharedNames.idfs(searcher.getIndexReader(), frequencies, profile.entities());
      boolean[] sameSection = SameSection.of(searcher, article.section() == null ? null : article.section().name(),
          similar);
      for (int i = 0; i < similar.size(); i++) {
        Candidate c = similar.get(i);
        c.loadDetails(searcher);
        double shared = kicker != null && Kicker.of(c.title()).filter(k -> k.key().equals(kicker.key())).isPresent()
            ? kickerRarity : 0;
        double[] headline = headlines.get(c.doc);
        Set<Integer> inHeadline = new HashSet<>();
        for (int t = 0; headline != null && t < headline.length; t++) {
          if (headline[t] > 0) {
            inHeadline.add(t);
          }
        }
        rows.add(new RankingFeatures.Row(c.articleId, c.similarity,
            Duration.between(c.publishedAt, published).abs().toHours() / 24.0, shared,
            SharedNames.share(nameIdfs, names.sharedWith(c)), sameSection[i],
            sparse(texts.get(c.doc)), inHeadline));
      }
      List<RankingFeatures.Term> terms = profile.vector().stream()
          .map(t -> new RankingFeatures.Term(t.stem(), t.weight(), t.idf())).toList();
      return new RankingFeatures(article.id(), terms, self >= 0 ? sparse(texts.get(self)) : Map.of(), rows);
    });
  }

  private static Map<Integer, Double> sparse(double[] components) {
    Map<Integer, Double> nonZero = new HashMap<>();
    for (int t = 0; components != null && t < components.length; t++) {
      if (components[t] != 0) {
        nonZero.put(t, components[t]);
      }
    }
    return nonZero;
  }

  private ArticleProfile profile(IndexSearcher searcher, Article article, FurtherWeights weights) throws IOException {
    return ArticleProfile.of(searcher, index.textAnalyzer(), frequencies, article, weights.keyTerms());
  }

  private static List<Candidate> similar(IndexSearcher searcher, ArticleProfile profile,
      SimilarityWeights weights, int count) throws IOException {
    return similar(searcher, profile, profile.query(weights), count);
  }

  /** The matches of the article's query other than itself, with their similarity to it. */
  private static List<Candidate> similar(IndexSearcher searcher, ArticleProfile profile, Query query, int count)
      throws IOException {
    return others(profile, Candidates.best(searcher, query, count + 1));
  }

  /** The hits other than the article itself, with their similarity to it: their score relative to its own. */
  private static List<Candidate> others(ArticleProfile profile, List<Candidate> hits) {
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

  /**
   * Orders the candidates by {@link FurtherRanking}: the whole-text cosine, the shared names' rarity,
   * the resemblance to the article's closest neighbours, closeness in time on the story's own
   * scale, a shared kicker.
   */
  private List<Ranked> rankFurther(IndexSearcher searcher, ArticleProfile profile, NameOrdinals articleNames,
      Article article, List<Candidate> similar, Overrides overrides, FurtherWeights weights) throws IOException {
    FurtherRanking ranking = new FurtherRanking(weights);
    Instant published = article.publishedAt() != null ? article.publishedAt() : article.createdAt();
    List<Candidate> kept = similar.stream()
        .filter(c -> c.similarity >= MIN_FURTHER_SIMILARITY && !overrides.excluded().contains(c.articleId)).toList();
    int n = kept.size();
    int self = selfDoc(searcher, profile.articleId());
    boolean readTexts = weights.cosine() > 0 || weights.neighbours() > 0;
    Map<Integer, double[]> vectors = readTexts ? vectors(searcher, profile, kept, self) : Map.of();
    double[] cosines = cosines(profile, kept, vectors, self);
    Kicker kicker = weights.kicker() > 0 ? Kicker.of(article.title()).orElse(null) : null;
    double kickerRarity = kicker == null ? 0
        : kicker.rarity(searcher.getIndexReader(), index.textAnalyzer(), frequencies);
    double[] daysApart = new double[n];
    double[] textual = new double[n];
    double[] relevance = new double[n];
    double[] kickers = new double[n];
    double[] nameIdfs = weights.names() > 0
        ? SharedNames.idfs(searcher.getIndexReader(), frequencies, profile.entities()) : new double[0];
    if (kicker != null || weights.names() > 0) {
      Candidate.loadDetails(searcher, kept);
    }
    for (int i = 0; i < n; i++) {
      Candidate c = kept.get(i);
      daysApart[i] = Duration.between(c.publishedAt, published).abs().toHours() / 24.0;
      if (kicker != null) {
        kickers[i] = Kicker.of(c.title()).filter(k -> k.key().equals(kicker.key())).isPresent() ? kickerRarity : 0;
      }
      double names = weights.names() > 0
          ? SharedNames.share(nameIdfs, articleNames.sharedWith(c)) : 0;
      textual[i] = ranking.relevance(c.similarity, cosines[i]);
      relevance[i] = ranking.relevance(c.similarity, cosines[i], names);
    }
    double timeScale = ranking.timeScale(
        Neighbourhood.medianDays(daysApart, Neighbourhood.best(textual, Neighbourhood.SPREAD_OF)));
    if (weights.neighbours() > 0 && !vectors.isEmpty()) {
      double[][] inSpace = new double[n][];
      for (int i = 0; i < n; i++) {
        inSpace[i] = vectors.getOrDefault(kept.get(i).doc, new double[profile.vector().size()]);
      }
      double[] idf = profile.vector().stream().mapToDouble(KeyTerms.VectorTerm::idf).toArray();
      double[] secondOrder = Neighbourhood.secondOrder(inSpace, idf, self >= 0 ? vectors.get(self) : null,
          Neighbourhood.best(relevance, Neighbourhood.CENTROID_OF));
      for (int i = 0; i < n; i++) {
        relevance[i] = ranking.withNeighbours(relevance[i], secondOrder[i]);
      }
    }
    boolean[] sameSection = weights.section() > 0 && article.section() != null
        ? SameSection.of(searcher, article.section().name(), kept) : new boolean[n];
    List<Ranked> ranked = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Candidate c = kept.get(i);
      double score = ranking.scoreOnTimeScale(relevance[i], daysApart[i], timeScale, kickers[i], sameSection[i]);
      ranked.add(new Ranked(c, score, ranking.sameStory(relevance[i], daysApart[i]),
          FurtherRanking.namesTheDossier(kickers[i]) ? kicker : null));
    }
    ranked.sort(Comparator.comparingDouble((Ranked r) -> -r.score).thenComparingLong(r -> -r.candidate.articleId));
    return ranked;
  }

  /** The candidates' and the article's own components in the article's word space, by document. */
  private static Map<Integer, double[]> vectors(IndexSearcher searcher, ArticleProfile profile, List<Candidate> kept,
      int self) throws IOException {
    List<Integer> docs = new ArrayList<>(kept.stream().map(c -> c.doc).toList());
    if (self >= 0) {
      docs.add(self);
    }
    return TextCosine.vectors(searcher, profile.vector(), docs);
  }

  /** Each candidate's whole-text cosine relative to the article's own (1 for a copy of it), in order. */
  private static double[] cosines(ArticleProfile profile, List<Candidate> kept, Map<Integer, double[]> vectors,
      int self) {
    double[] cosines = new double[kept.size()];
    if (vectors.isEmpty()) {
      return cosines;
    }
    for (int i = 0; i < kept.size(); i++) {
      cosines[i] = product(profile, vectors.get(kept.get(i).doc));
    }
    double own = self >= 0 ? product(profile, vectors.get(self)) : 0;
    double scale = own > 0 ? own : Arrays.stream(cosines).max().orElse(1);
    for (int i = 0; i < cosines.length; i++) {
      cosines[i] = scale > 0 ? Math.min(1.0, cosines[i] / scale) : 0;
    }
    return cosines;
  }

  private static double product(ArticleProfile profile, double[] components) {
    double dot = 0;
    for (int t = 0; components != null && t < components.length; t++) {
      dot += profile.vector().get(t).weight() * components[t];
    }
    return dot;
  }

  private static int selfDoc(IndexSearcher searcher, long articleId) throws IOException {
    if (articleId <= 0) {
      return -1;
    }
    TopDocs hit = searcher.search(new TermQuery(new Term(SimilarityIndex.ID, Long.toString(articleId))), 1);
    return hit.scoreDocs.length == 0 ? -1 : hit.scoreDocs[0].doc;
  }

  /**
   * "Aller plus loin" chosen: the pinned items, then the ranked ones; their reasons still to write.
   * The repeats are the candidates left out for a headline near-identical to the article's or to an
   * earlier pick's.
   */
  private record FurtherChoice(List<Pick> pinned, List<Ranked> ranked, List<Long> repeats) {

    /** The articles of the first {@value #FURTHER_SHOWN} items, which the recommendations leave out. */
    List<Long> shownIds() {
      List<Long> ids = new ArrayList<>(pinned.stream().map(Pick::articleId).toList());
      ranked.forEach(r -> ids.add(r.candidate.articleId));
      return ids.subList(0, Math.min(FURTHER_SHOWN, ids.size()));
    }

    List<Pick> picks(ArticleProfile profile, NameOrdinals names, Map<Candidate, List<KeyTerm>> terms)
        throws IOException {
      List<Pick> picks = new ArrayList<>(pinned);
      for (Ranked r : ranked) {
        picks.add(new Pick(r.candidate.articleId, Reasons.of(profile, r.candidate, names, terms.get(r.candidate),
            r.sameStory, r.dossier, false), false));
      }
      return picks;
    }
  }

  private static FurtherChoice further(IndexSearcher searcher, Article article, List<Ranked> ranked,
      Overrides overrides) throws IOException {
    List<Pick> picks = new ArrayList<>();
    Set<Long> taken = new HashSet<>(Set.of(article.id()));
    for (long pinned : overrides.pinned()) {
      if (taken.add(pinned) && !overrides.excluded().contains(pinned)) {
        picks.add(new Pick(pinned, Reasons.PINNED, true));
      }
    }
    List<Set<String>> titles = new ArrayList<>(List.of(Titles.words(article.title())));
    List<Ranked> chosen = new ArrayList<>();
    List<Long> repeats = new ArrayList<>();
    for (Ranked r : ranked) {
      if (picks.size() + chosen.size() >= FURTHER_KEPT) {
        break;
      }
      Candidate c = r.candidate;
      if (taken.contains(c.articleId)) {
        continue;
      }
      c.loadDetails(searcher);
      Set<String> words = c.titleWords();
      if (titles.stream().anyMatch(t -> Titles.nearIdentical(t, words))) {
        repeats.add(c.articleId);
        continue;
      }
      titles.add(words);
      taken.add(c.articleId);
      chosen.add(r);
    }
    return new FurtherChoice(picks, chosen, repeats);
  }
}
