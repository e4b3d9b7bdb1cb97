package kiosque.changes;

import java.util.Locale;

/** What happened to an article. Followers mostly treat every kind as "read the article again". */
public enum ChangeKind {
  CREATED, UPDATED, PUBLISHED, UNPUBLISHED, DELETED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ChangeKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
