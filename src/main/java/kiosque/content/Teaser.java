package kiosque.content;

import java.time.Instant;

/**
 * What a listing shows of an article: enough to link to it, say what it is about and show its lead
 * image.
 *
 * @param image the lead image, or null when the article has none
 */
public record Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName,
    TeaserImage image) {

  /** A teaser without image (search suggestions, sitemaps, the baseline lists). */
  public Teaser(long id, String slug, String title, String summary, Instant publishedAt, String sectionName) {
    this(id, slug, title, summary, publishedAt, sectionName, null);
  }
}
