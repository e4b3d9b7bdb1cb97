package kiosque.newsroom.notes;

import java.time.Instant;

/** One note as stored; {@code body} is plain text, escaped when shown. */
public record Note(long id, Long accountId, String authorName, Instant createdAt, String body, boolean sendBack) {}
