package kiosque.newsroom.media;

/** An upload refused for a reason the person can fix; nothing was stored. */
public final class MediaException extends RuntimeException {
  public MediaException(String message) {
    super(message, null, false, false);
  }
}
