package kiosque.search;

import java.time.Instant;

/**
 * What the newsroom's article list asks of the whole archive: words (French analysis, as the
 * site's search), and exact filters; each filter is null when not set. Names (section, author,
 * topic) are compared by their folded key, accents and case ignored. The date range applies to
 * the date the list is sorted by: the publication date for {@link Sort#PUBLISHED}, else the last
 * change; {@code from} included, {@code until} excluded.
 */
public record ArchiveQuery(String text, String status, String section, String author, String topic, Instant from,
    Instant until, Sort sort, int offset, int limit) {

  /** The list's orders; relevance only means something with words. */
  public enum Sort { UPDATED, PUBLISHED, RELEVANCE }

  public ArchiveQuery {
    text = text == null ? "" : text.strip();
    if (sort == null || (sort == Sort.RELEVANCE && text.isEmpty())) {
      sort = text.isEmpty() ? Sort.UPDATED : Sort.RELEVANCE;
    }
  }

  public boolean hasText() {
    return !text.isEmpty();
  }

  /** Whether the range and sort read the publication date rather than the last change. */
  public boolean byPublication() {
    return sort == Sort.PUBLISHED;
  }
}
