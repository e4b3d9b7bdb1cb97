package kiosque.related;

/**
 * How much each kind of evidence weighs against the others in the similarity query: key terms in
 * the text, the same terms in headlines, names, topics. The defaults were tuned on the Wikinews
 * evaluation (docs/benchmarks.md); {@code kiosque eval-related --weights} tries others.
 */
public record SimilarityWeights(float text, float title, float entity, float topic) {

  public static final SimilarityWeights DEFAULT = new SimilarityWeights(1f, 0.6f, 2f, 0.6f);

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
