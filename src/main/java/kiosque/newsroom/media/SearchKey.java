package kiosque.newsroom.media;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What the library's search matches: text in lower case without accents, apostrophes and
 * punctuation as spaces, so {@code Fès}, {@code FES} and {@code fes} find the same image, on H2
 * and PostgreSQL alike (neither folds accents by itself the same way).
 */
final class SearchKey {

  private SearchKey() {}

  /** The stored key of an image: its file name, caption, credit and alternative text. */
  static String of(String... parts) {
    return " " + Arrays.stream(parts).filter(Objects::nonNull).map(SearchKey::fold)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining(" ")) + " ";
  }

  /** The words of a query, folded like the keys; each must appear. At most eight, each cut to 60 characters. */
  static List<String> terms(String query) {
    if (query == null) {
      return List.of();
    }
    return Arrays.stream(fold(query).split(" ")).filter(s -> !s.isEmpty()).limit(8)
        .map(s -> s.length() > 60 ? s.substring(0, 60) : s).toList();
  }

  static String fold(String text) {
    String spelled = text.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    String folded = Normalizer.normalize(spelled, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
