package kiosque.related;

/**
 * How much each kind of evidence weighs against the others in the similarity query: key terms in
 * the text, the same terms in headlines, names, topics. The defaults were tuned on half A (tuning)
 * of the Wikinews evaluation and are reported on half B (docs/benchmarks.md): the headline weighs
 * more than before (0.6 → 1.5), as the headline-weighted TF-IDF baseline showed it should; names
 * keep 2, since less cost precision on shared names. {@code kiosque eval-related --half TUNING
 * --weights} tries others.
 */
public record SimilarityWeights(float text, float title, float entity, float topic) {

  public static final SimilarityWeights DEFAULT = new SimilarityWeights(1f, 1.5f, 2f, 0.6f);

  /** Parses {@code text,title,entity,topic}, e.g. {@code 1,0.6,0.5,0.6}. */
  public static SimilarityWeights parse(String text) {
    String[] parts = text.split(",");
    if (parts.length != 4) {
      throw new IllegalArgumentException("weights are text,title,entity,topic: " + text);
    }
    return new SimilarityWeights(Float.parseFloat(parts[0]), Float.parseFloat(parts[1]), Float.parseFloat(parts[2]),
        Float.parseFloat(parts[3]));
  }
}
