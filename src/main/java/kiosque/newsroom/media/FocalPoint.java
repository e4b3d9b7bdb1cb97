package kiosque.newsroom.media;

/** A focal point's coordinate as a form sends it: {@code 0.3} or {@code 0,3}; empty means the middle. */
final class FocalPoint {

  private FocalPoint() {}

  static double parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return 0.5;
    }
    try {
      return Double.parseDouble(raw.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new MediaException("Le point d’intérêt doit être un nombre entre 0 et 1 (par exemple 0,5).");
    }
  }

  /** How the form prints it back. */
  static String format(double value) {
    return String.format(java.util.Locale.ROOT, "%.3f", value).replaceAll("0+$", "").replaceAll("\\.$", ".0");
  }
}
