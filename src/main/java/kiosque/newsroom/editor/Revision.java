package kiosque.newsroom.editor;

import java.time.Instant;

/** One saved state of an article: who saved it, when, and the whole form as it was (body sanitised). */
public record Revision(long id, long articleId, String authorName, Instant createdAt, String kind, String status,
    ArticleForm form) {}
