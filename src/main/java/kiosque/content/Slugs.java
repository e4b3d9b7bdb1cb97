package kiosque.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Readable URL slugs from French text: accents folded ({@code é} → {@code e}), ligatures spelled
 * out, apostrophes and punctuation turned into single hyphens ({@code l’armée} → {@code l-armee}).
 */
public final class Slugs {

  static final int MAX_LENGTH = 80;

  private Slugs() {}

  public static String of(String text) {
    String spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE")
        .replace("ß", "ss");
    String folded = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT)
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_LENGTH) {
      int cut = slug.lastIndexOf('-', MAX_LENGTH);
      slug = slug.substring(0, cut > MAX_LENGTH / 2 ? cut : MAX_LENGTH).replaceAll("-+$", "");
    }
    return slug.isEmpty() ? "article" : slug;
  }
}
