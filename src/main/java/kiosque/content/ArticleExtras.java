package kiosque.content;

import java.time.Instant;

/**
 * The optional fields newsrooms use around the headline and the body: a kicker (surtitre) above the
 * headline, a title and description for search engines, a title and image for social cards, and a
 * correction note with its date. Each is null when unset, and pages then fall back to the headline,
 * the summary and the lead image (or show no correction). Blank text counts as unset.
 *
 * @param socialImageId the media shown by OpenGraph and Twitter cards, null for the lead image
 * @param correctedAt when the correction was made; in a draft, null means "now if the correction
 *     text is new, else the date already stored" ({@link #datedAgainst})
 */
public record ArticleExtras(String kicker, String seoTitle, String seoDescription, String socialTitle,
    Long socialImageId, String correction, Instant correctedAt) {

  public static final ArticleExtras NONE = new ArticleExtras(null, null, null, null, null, null, null);

  public ArticleExtras {
    kicker = blankToNull(kicker);
    seoTitle = blankToNull(seoTitle);
    seoDescription = blankToNull(seoDescription);
    socialTitle = blankToNull(socialTitle);
    correction = blankToNull(correction);
    if (correction == null) {
      correctedAt = null;
    }
  }

  /** Whether no field is set (the correction's date aside): an article as it was before these fields. */
  public boolean isEmpty() {
    return withoutDate().equals(NONE);
  }

  /** The same fields without the correction's date: what a form holds (the date is the server's). */
  public ArticleExtras withoutDate() {
    return correctedAt == null ? this
        : new ArticleExtras(kicker, seoTitle, seoDescription, socialTitle, socialImageId, correction, null);
  }

  /**
   * The fields as they will be stored over {@code stored}: a correction keeps its date while its
   * text stays the same, a new or changed correction is dated {@code now}, and a date given by the
   * draft (an import) is kept as given.
   */
  public ArticleExtras datedAgainst(ArticleExtras stored, Instant now) {
    if (correction == null || correctedAt != null) {
      return this;
    }
    Instant at = stored != null && correction.equals(stored.correction()) && stored.correctedAt() != null
        ? stored.correctedAt() : now;
    return new ArticleExtras(kicker, seoTitle, seoDescription, socialTitle, socialImageId, correction, at);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
