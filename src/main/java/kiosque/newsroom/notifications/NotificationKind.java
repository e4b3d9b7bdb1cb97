package kiosque.newsroom.notifications;

import java.util.Locale;

/** What happened; the code is stored, the sentence comes from the bundles ({@code nr.notif.kind.CODE}). */
public enum NotificationKind {
  /** An article was sent for review: told to those who review. */
  SUBMITTED,
  /** An article was sent back to its author, with the reason when one was written. */
  RETURNED,
  /** An article was published by someone else than its author. */
  PUBLISHED,
  /** The scheduler published an article at its time. */
  SCHEDULED_PUBLISHED,
  /** The scheduler could not publish an article at its time. */
  SCHEDULED_FAILED,
  /** Someone wrote a note on an article. */
  NOTE;

  public String code() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static NotificationKind fromCode(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
