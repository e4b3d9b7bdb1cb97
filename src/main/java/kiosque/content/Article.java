package kiosque.content;

import java.time.Instant;
import java.util.List;

/** An article as stored, with its section, authors and topics resolved. */
public record Article(
    long id,
    String externalId,
    String slug,
    String title,
    String summary,
    String bodyHtml,
    String bodyText,
    Section section,
    List<Author> authors,
    List<Topic> topics,
    ArticleStatus status,
    Instant publishedAt,
    Instant createdAt,
    Instant updatedAt,
    String sourceName,
    String sourceUrl,
    int version,
    ArticleExtras extras) {

  public Article {
    authors = List.copyOf(authors);
    topics = List.copyOf(topics);
    extras = extras == null ? ArticleExtras.NONE : extras;
  }

  /** An article without kicker, SEO or social fields and without correction. */
  public Article(long id, String externalId, String slug, String title, String summary, String bodyHtml,
      String bodyText, Section section, List<Author> authors, List<Topic> topics, ArticleStatus status,
      Instant publishedAt, Instant createdAt, Instant updatedAt, String sourceName, String sourceUrl, int version) {
    this(id, externalId, slug, title, summary, bodyHtml, bodyText, section, authors, topics, status, publishedAt,
        createdAt, updatedAt, sourceName, sourceUrl, version, ArticleExtras.NONE);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }
}
