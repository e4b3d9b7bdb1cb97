package kiosque.changes;

import java.time.Instant;

/** One row of the content change log. {@code seq} only grows. */
public record Change(long seq, long articleId, ChangeKind kind, Instant changedAt) {}
