package kiosque.cdn;

/** A CDN did not confirm a purge (down, refused, timed out): the keys stay queued for it. */
final class PurgeFailedException extends Exception {
  PurgeFailedException(String message) {
    super(message, null, false, false);
  }
}
