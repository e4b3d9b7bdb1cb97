package kiosque.related;

import java.util.Locale;

/**
 * How "Aller plus loin" re-ranks the similarity query's candidates ({@link FurtherRanking}): how many
 * key terms the query keeps, how much the whole-text cosine adds to the query's similarity, how
 * much closeness in time to the article multiplies it (and over how many days it halves at the
 * least), how much a shared headline kicker adds at most, how much the shared names' rarity adds,
 * how much resembling the article's closest neighbours adds (the second-order score), and how many
 * times the spread in days of the article's closest neighbours the time scale is. The defaults were
 * tuned on half A of the Wikinews evaluation (docs/benchmarks.md); {@code kiosque eval-related --try}
 * scores others.
 *
 * @param days the time scale's floor: closeness halves at this many days or more
 * @param spread the time scale in multiples of the median days apart of the article's closest
 *     neighbours by text (0: always {@code days}); a story spread over months gets a long scale
 * @param names the weight of the shared names' rarity ({@link SharedNames}) beside the similarity
 * @param neighbours the weight of the second-order score ({@link Neighbourhood}) beside the similarity
 * @param section what the same section adds ({@link SameSection}): a dossier's articles share a section,
 *     and so do many articles of one name that are not a story, so it is a tie-breaker, not a signal of
 *     its own; 0.2 was chosen on half A as the weight that keeps the weakest label set's lead over the
 *     best baseline highest (docs/benchmarks.md, session 12)
 */
public record FurtherWeights(int keyTerms, double cosine, double time, double days, double kicker, double names,
    double neighbours, double spread, double section) {

  public static final FurtherWeights DEFAULT = new FurtherWeights(25, 0.5, 2, 7, 0.2, 0.25, 0.5, 2, 0.2);

  public FurtherWeights {
    if (keyTerms < 1 || cosine < 0 || time < 0 || days <= 0 || kicker < 0 || names < 0 || neighbours < 0
        || spread < 0 || section < 0) {
      throw new IllegalArgumentException("weights out of range: terms " + keyTerms + ", cosine " + cosine
          + ", time " + time + ", days " + days + ", kicker " + kicker + ", names " + names + ", neighbours "
          + neighbours + ", spread " + spread + ", section " + section);
    }
  }

  /**
   * Parses {@code name=value} pairs over the defaults, e.g. {@code
   * terms=50,cosine=1,time=1,days=7,kicker=0.3,names=0.25,neighbours=0.5,spread=2,section=0.1}.
   */
  public static FurtherWeights parse(String text) {
    FurtherWeights w = DEFAULT;
    for (String pair : text.split(",")) {
      String[] parts = pair.split("=", 2);
      if (parts.length != 2) {
        throw new IllegalArgumentException("expected name=value: " + pair);
      }
      double value = Double.parseDouble(parts[1].strip());
      w = switch (parts[0].strip().toLowerCase(Locale.ROOT)) {
        case "terms" -> new FurtherWeights((int) value, w.cosine, w.time, w.days, w.kicker, w.names, w.neighbours,
            w.spread, w.section);
        case "cosine" -> new FurtherWeights(w.keyTerms, value, w.time, w.days, w.kicker, w.names, w.neighbours,
            w.spread, w.section);
        case "time" -> new FurtherWeights(w.keyTerms, w.cosine, value, w.days, w.kicker, w.names, w.neighbours,
            w.spread, w.section);
        case "days" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, value, w.kicker, w.names, w.neighbours,
            w.spread, w.section);
        case "kicker" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, value, w.names, w.neighbours,
            w.spread, w.section);
        case "names" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, w.kicker, value, w.neighbours,
            w.spread, w.section);
        case "neighbours" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, w.kicker, w.names, value,
            w.spread, w.section);
        case "spread" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, w.kicker, w.names, w.neighbours,
            value, w.section);
        case "section" -> new FurtherWeights(w.keyTerms, w.cosine, w.time, w.days, w.kicker, w.names, w.neighbours,
            w.spread, value);
        default -> throw new IllegalArgumentException("unknown weight " + parts[0]
            + " (terms, cosine, time, days, kicker, names, neighbours, spread, section)");
      };
    }
    return w;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "terms=%d,cosine=%s,time=%s,days=%s,kicker=%s,names=%s,neighbours=%s,spread=%s,section=%s",
        keyTerms, cosine, time, days, kicker, names, neighbours, spread, section);
  }
}
