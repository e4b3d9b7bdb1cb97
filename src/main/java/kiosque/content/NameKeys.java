package kiosque.content;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The form under which sections, topics and authors are matched: {@code Économie}, {@code economie}
 * and {@code ÉCONOMIE } are the same section.
 */
public final class NameKeys {

  private NameKeys() {}

  public static String of(String name) {
    String folded = Normalizer.normalize(name.strip(), Normalizer.Form.NFD)
        .replaceAll("\\p{M}+", "")
        .replace('’', '\'')
        .toLowerCase(Locale.ROOT);
    return folded.replaceAll("\\s+", " ");
  }
}
