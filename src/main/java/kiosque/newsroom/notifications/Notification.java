package kiosque.newsroom.notifications;

import java.time.Instant;

/**
 * One thing a person was told.
 *
 * @param articleId null when the article has since been deleted
 * @param detail the note's text for a send-back or a note, why a scheduled publication failed, or ""
 */
public record Notification(long id, NotificationKind kind, Long articleId, String articleTitle, String actorName,
    String detail, Instant createdAt, boolean read) {}
