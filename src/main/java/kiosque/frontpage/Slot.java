package kiosque.frontpage;

import java.time.Instant;

/**
 * An editor's pick for one place of the home page: position 0 is the main story, 1 to
 * {@link FrontPageChoices#FEATURED} the featured slots.
 *
 * @param expiresAt when the slot falls back to the latest articles by itself, or null
 */
public record Slot(int position, long articleId, Instant expiresAt) {

  public boolean inForceAt(Instant now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }
}
