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
    int version) {

  public Article {
    authors = List.copyOf(authors);
    topics = List.copyOf(topics);
  }

  public boolean isPublished() {
    return status == ArticleStatus.PUBLISHED;
  }
}
