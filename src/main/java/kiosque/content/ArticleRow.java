package kiosque.content;

import java.time.Instant;

/** The columns of the article table as the service writes them (names already resolved to ids). */
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
    ArticleExtras extras) {}
