package kiosque.content;

import java.util.Locale;

/**
 * Where an article stands; only {@link #PUBLISHED} articles are shown to readers. Imports use
 * draft, published and unpublished; the newsroom's workflow adds in review and scheduled
 * ({@code kiosque.newsroom.workflow.Workflow} says which moves are allowed).
 */
public enum ArticleStatus {
  DRAFT, IN_REVIEW, SCHEDULED, PUBLISHED, UNPUBLISHED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the lower-case code used in the database and the import format. */
  public static ArticleStatus fromCode(String code) {
    for (ArticleStatus status : values()) {
      if (status.code().equals(code)) {
        return status;
      }
    }
    throw new IllegalArgumentException("unknown status \"" + code
        + "\" (expected draft, in_review, scheduled, published or unpublished)");
  }
}
