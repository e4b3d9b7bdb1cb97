package kiosque.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kiosque.content.Article;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The strong baselines, computed here in memory on the same articles the engine indexed, with the
 * index's own analyser (same stems): full-text TF-IDF cosine ((1 + log tf) · log(N / df), headline
 * and text as one bag of words), and the same with the headline's words counted
 * {@value #HEADLINE_WEIGHT} times and a time decay (score × (1 + {@value #DECAY_WEIGHT} / (1 + days
 * apart / {@value #DECAY_DAYS}))). What any competitor gets for an afternoon's work.
 */
final class TfIdfBaselines {

  static final int HEADLINE_WEIGHT = 3;
  static final double DECAY_WEIGHT = 0.5;
  static final double DECAY_DAYS = 30;

  private record Vector(int[] terms, double[] weights) {}

  private final List<Article> articles;
  private final Vector[] plain;
  private final Vector[] headlined;
  private final Map<Integer, List<int[]>> plainPostings = new HashMap<>();
  private final Map<Integer, List<int[]>> headlinedPostings = new HashMap<>();
  private final Map<Long, Integer> position = new HashMap<>();

  TfIdfBaselines(List<Article> articles, Analyzer analyzer) {
    this.articles = articles;
    Map<String, Integer> dictionary = new HashMap<>();
    List<Map<Integer, Integer>> titleCounts = new ArrayList<>();
    List<Map<Integer, Integer>> textCounts = new ArrayList<>();
    Map<Integer, Integer> df = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      position.put(a.id(), i);
      Map<Integer, Integer> title = counts(analyzer, a.title(), dictionary);
      Map<Integer, Integer> text = counts(analyzer, a.bodyText(), dictionary);
      titleCounts.add(title);
      textCounts.add(text);
      Set<Integer> seen = new HashSet<>(title.keySet());
      seen.addAll(text.keySet());
      seen.forEach(t -> df.merge(t, 1, Integer::sum));
    }
    int n = articles.size();
    plain = new Vector[n];
    headlined = new Vector[n];
    for (int i = 0; i < n; i++) {
      Map<Integer, Integer> both = new HashMap<>(textCounts.get(i));
      Map<Integer, Integer> weighted = new HashMap<>(textCounts.get(i));
      titleCounts.get(i).forEach((t, c) -> {
        both.merge(t, c, Integer::sum);
        weighted.merge(t, c * HEADLINE_WEIGHT, Integer::sum);
      });
      plain[i] = vector(both, df, n);
      headlined[i] = vector(weighted, df, n);
      index(plainPostings, plain[i], i);
      index(headlinedPostings, headlined[i], i);
    }
  }

  /** The {@code count} articles closest to this one by full-text TF-IDF cosine. */
  List<Long> cosine(Article article, int count) {
    int i = position.get(article.id());
    return top(scores(plain[i], plainPostings), i, count, null);
  }

  /** The same with the headline weighted up, and closer in time ranking higher. */
  List<Long> headlineAndTime(Article article, int count) {
    int i = position.get(article.id());
    return top(scores(headlined[i], headlinedPostings), i, count, publishedAt(article));
  }

  /** Every other article's plain and headline-weighted cosine with this one, by article id (fitting only). */
  Map<Long, double[]> allCosines(Article article) {
    int i = position.get(article.id());
    double[] plainScores = scores(plain[i], plainPostings);
    double[] headlinedScores = scores(headlined[i], headlinedPostings);
    Map<Long, double[]> byId = new HashMap<>();
    for (int j = 0; j < plainScores.length; j++) {
      if (j != i) {
        byId.put(articles.get(j).id(), new double[] {plainScores[j], headlinedScores[j]});
      }
    }
    return byId;
  }

  private double[] scores(Vector query, Map<Integer, List<int[]>> postings) {
    double[] scores = new double[articles.size()];
    for (int k = 0; k < query.terms.length; k++) {
      for (int[] posting : postings.getOrDefault(query.terms[k], List.of())) {
        scores[posting[0]] += query.weights[k] * Float.intBitsToFloat(posting[1]);
      }
    }
    return scores;
  }

  private List<Long> top(double[] scores, int self, int count, Instant when) {
    List<Integer> order = new ArrayList<>();
    for (int j = 0; j < scores.length; j++) {
      if (j != self && scores[j] > 0) {
        if (when != null) {
          double days = Math.abs(Duration.between(publishedAt(articles.get(j)), when).toHours()) / 24.0;
          scores[j] *= 1 + DECAY_WEIGHT / (1 + days / DECAY_DAYS);
        }
        order.add(j);
      }
    }
    order.sort((x, y) -> scores[y] != scores[x] ? Double.compare(scores[y], scores[x])
        : Long.compare(articles.get(y).id(), articles.get(x).id()));
    return order.stream().limit(count).map(j -> articles.get(j).id()).toList();
  }

  private static Instant publishedAt(Article a) {
    return a.publishedAt() != null ? a.publishedAt() : a.createdAt();
  }

  private static void index(Map<Integer, List<int[]>> postings, Vector v, int doc) {
    for (int k = 0; k < v.terms.length; k++) {
      postings.computeIfAbsent(v.terms[k], t -> new ArrayList<>())
          .add(new int[] {doc, Float.floatToIntBits((float) v.weights[k])});
    }
  }

  /** Unit-length (1 + log tf) · idf weights: the dot product of two is their cosine. */
  private static Vector vector(Map<Integer, Integer> counts, Map<Integer, Integer> df, int n) {
    int[] terms = new int[counts.size()];
    double[] weights = new double[counts.size()];
    double norm = 0;
    int k = 0;
    for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
      terms[k] = e.getKey();
      weights[k] = (1 + Math.log(e.getValue())) * Math.log(n / (double) df.get(e.getKey()));
      norm += weights[k] * weights[k];
      k++;
    }
    norm = Math.sqrt(norm);
    for (int j = 0; j < weights.length; j++) {
      weights[j] = norm == 0 ? 0 : weights[j] / norm;
    }
    return new Vector(terms, weights);
  }

  private static Map<Integer, Integer> counts(Analyzer analyzer, String text, Map<String, Integer> dictionary) {
    Map<Integer, Integer> counts = new HashMap<>();
    if (text == null || text.isBlank()) {
      return counts;
    }
    try (TokenStream stream = analyzer.tokenStream("body", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        int id = dictionary.computeIfAbsent(term.toString(), t -> dictionary.size());
        counts.merge(id, 1, Integer::sum);
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return counts;
  }
}
