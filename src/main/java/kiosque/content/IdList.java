package kiosque.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Ids in order as a row keeps them beside what they derive from, comma-separated, null for none:
 * an article's authors and topics, its related lists' first items (migration V740). Written here,
 * and by the migration's {@code string_agg}, in the same form; read on every article page, so
 * parsed without splitting into strings.
 */
public final class IdList {

  private IdList() {}

  /** The column's value for these ids: null when there is none. */
  public static String of(List<Long> ids) {
    if (ids.isEmpty()) {
      return null;
    }
    StringBuilder joined = new StringBuilder(ids.size() * 7);
    for (Long id : ids) {
      if (!joined.isEmpty()) {
        joined.append(',');
      }
      joined.append(id.longValue());
    }
    return joined.toString();
  }

  /** The ids of a column's value, in order; empty for null or an empty string. */
  public static List<Long> parse(String column) {
    if (column == null || column.isEmpty()) {
      return new ArrayList<>(0);
    }
    List<Long> ids = new ArrayList<>(4);
    long value = 0;
    boolean digits = false;
    for (int i = 0; i < column.length(); i++) {
      char c = column.charAt(i);
      if (c >= '0' && c <= '9') {
        value = Math.multiplyExact(value, 10) + (c - '0');
        digits = true;
      } else if (c == ',' && digits) {
        ids.add(value);
        value = 0;
        digits = false;
      } else {
        throw new IllegalArgumentException("not a list of ids: " + column);
      }
    }
    if (!digits) {
      throw new IllegalArgumentException("not a list of ids: " + column);
    }
    ids.add(value);
    return ids;
  }
}
