package kiosque.related;

import java.util.Locale;

/**
 * How "Aller plus loin" re-ranks the similarity query's candidates ({@link FurtherRanking}): how many
 * key terms the query keeps, how much the whole-text cosine adds to the query's similarity, how
 * much closeness in time to the article multiplies it (and over how many days it halves), and
 * how much a shared headline kicker adds at most. The defaults were tuned on half A of the
 * Wikinews evaluation (docs/benchmarks.md); {@code kiosque eval-related --try} scores others.
 */
public record FurtherWeights(int keyTerms, double cosine, double time, double days, double kicker) {

  public static final FurtherWeights DEFAULT = new FurtherWeights(25, 0.25, 2, 7, 0.2);

  public FurtherWeights {
    if (keyTerms < 1 || cosine < 0 || time < 0 || days <= 0 || kicker < 0) {
      throw new IllegalArgumentException("weights out of range: terms " + keyTerms + ", cosine " + cosine
          + ", time " + time + ", days " + days + ", kicker " + kicker);
    }
  }

  /** Parses {@code name=value} pairs over the defaults, e.g. {@code terms=50,cosine=1,time=1,days=7,kicker=0.3}. */
  public static FurtherWeights parse(String text) {
    FurtherWeights w = DEFAULT;
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected name=value: " + pair);
      }
      double value = Double.parseDouble(parts[1].strip());
      w = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
        case "terms" -> new FurtherWeights((int) value, w.cosine, w.time, w.days, w.kicker);
        case "cosine" -> new FurtherWeights(w.keyTerms, value, w.time, w.days, w.kicker);
        case "time" -> new FurtherWeights(w.keyTerms, w.cosine, value, w.days, w.kicker);
        case "days" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, value, w.kicker);
        case "kicker" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, value);
        default -> throw new IllegalArgumentException("unknown weight " + parts[0] + " (terms, cosine, time, days, kicker)");
      };
    }
    return w;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "terms=%d,cosine=%s,time=%s,days=%s,kicker=%s", keyTerms, cosine, time, days,
        kicker);
  }
}
