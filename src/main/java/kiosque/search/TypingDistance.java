package kiosque.search;

/**
 * How far a typed word is from the word meant, counting the slips typists make most as the
 * smallest: a letter left out ({@code Trmp} for Trump, {@code gouvernment}) or doubled costs less
 * than a letter typed for another ({@code Trop}). A plain edit distance scores Trump and Trop alike
 * for {@code Trmp}; this one does not. Both words are compared folded and in lower case.
 */
final class TypingDistance {

  static final double LEFT_OUT = 0.6;
  static final double DOUBLED = 0.5;
  static final double EXTRA = 0.8;
  static final double SWAPPED = 0.7;
  static final double REPLACED = 1.0;

  private TypingDistance() {}

  /** The cheapest way from the word meant to what was typed (optimal string alignment, weighted). */
  static double between(String typed, String meant) {
    int n = typed.length();
    int m = meant.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 0; i <= n; i++) {
      d[i][0] = i * EXTRA;
    }
    for (int j = 0; j <= m; j++) {
      d[0][j] = j * LEFT_OUT;
    }
    for (int i = 1; i <= n; i++) {
      for (int j = 1; j <= m; j++) {
        char t = typed.charAt(i - 1);
        char w = meant.charAt(j - 1);
        double best = d[i - 1][j - 1] + (t == w ? 0 : REPLACED);
        boolean doubled = i > 1 && typed.charAt(i - 2) == t;
        best = Math.min(best, d[i - 1][j] + (doubled ? DOUBLED : EXTRA));
        best = Math.min(best, d[i][j - 1] + LEFT_OUT);
        if (i > 1 && j > 1 && t == meant.charAt(j - 2) && typed.charAt(i - 2) == w) {
          best = Math.min(best, d[i - 2][j - 2] + SWAPPED);
        }
        d[i][j] = best;
      }
    }
    return d[n][m];
  }
}
