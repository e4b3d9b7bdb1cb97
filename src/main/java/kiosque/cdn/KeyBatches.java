package kiosque.cdn;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/** Splits keys, duplicates dropped, into requests of bounded size: at most so many keys and so many characters. */
final class KeyBatches {

  private KeyBatches() {}

  static List<List<String>> of(Iterable<String> keys, int maxKeys, int maxChars) {
    List<List<String>> batches = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int chars = 0;
    for (String key : new LinkedHashSet<>(toList(keys))) {
      int added = key.length() + (current.isEmpty() ? 0 : 1);
      if (!current.isEmpty() && (current.size() == maxKeys || chars + added > maxChars)) {
        batches.add(current);
        current = new ArrayList<>();
        chars = 0;
        added = key.length();
      }
      current.add(key);
      chars += added;
    }
    if (!current.isEmpty()) {
      batches.add(current);
    }
    return batches;
  }

  private static List<String> toList(Iterable<String> keys) {
    List<String> list = new ArrayList<>();
    keys.forEach(list::add);
    return list;
  }
}
