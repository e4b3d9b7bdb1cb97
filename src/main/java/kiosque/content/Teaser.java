package kiosque.content;

import java.time.Instant;

/**
 * What a listing shows of an article: enough to link to it, say what it is about and show its lead
 * image.
 *
 * @param image the lead image, or null when the article has none
 * @param kicker the surtitre shown above the title, or null
 */
public record Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName,
    TeaserImage image, String kicker) {

  /** A teaser without kicker. */
  public Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName,
      TeaserImage image) {
    this(id, slug, title, summary, publishedAt, sectionName, image, null);
  }

  /** A teaser without image (search suggestions, sitemaps, the baseline lists). */
  public Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName) {
    this(id, slug, title, summary, publishedAt, sectionName, null);
  }
}
