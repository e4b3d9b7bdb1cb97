package kiosque.changes;

/**
 * Thrown by a {@link ChangeFollower} that cannot apply a batch yet because what it reads is still
 * catching up (the related lists wait for the search index to be rebuilt). The feed retries the
 * batch at the next wake-up like after any failure, but without logging an error each time.
 */
public class FollowerNotReadyException extends RuntimeException {
  public FollowerNotReadyException(String message) {
    super(message);
  }
}
