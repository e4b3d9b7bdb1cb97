package kiosque.feeds;

/** The XML writer failed: a bug (an illegal name, an unbalanced element), never bad content. */
final class FeedWritingException extends RuntimeException {
  FeedWritingException(Throwable cause) {
    super(cause);
  }
}
