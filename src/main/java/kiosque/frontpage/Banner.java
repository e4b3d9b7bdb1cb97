package kiosque.frontpage;

import java.time.Instant;

/**
 * The breaking-news banner as an editor set it.
 *
 * @param link where it leads (an address on this site or elsewhere), or null
 * @param expiresAt when it stops showing by itself, or null
 */
public record Banner(String message, String link, Instant expiresAt) {

  /** Whether readers see it at {@code now}. */
  public boolean shownAt(Instant now) {
    return expiresAt == null || expiresAt.isAfter(now);
  }
}
