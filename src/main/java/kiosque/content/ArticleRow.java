package kiosque.content;

import java.time.Instant;

import java.util.List;

/**
 * The columns of the article table as the service writes them (names already resolved to ids),
 * with its authors and topics in order: their link rows are written from these, and the row keeps
 * their ids (migration V740).
 */
record ArticleRow(
    String externalId,
    String slug,
    String title,
    String summary,
    SanitizedBody body,
    Long sectionId,
    ArticleStatus status,
    Instant publishedAt,
    Instant updatedAt,
    String sourceName,
    String sourceUrl,
    String contentHash,
    ArticleExtras extras,
    List<Author> authors,
    List<Topic> topics) {}
