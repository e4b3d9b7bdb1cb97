package kiosque.imports;

/** An item of a WordPress export or a feed that cannot become an article; the message says why. */
final class BadItemException extends Exception {
  BadItemException(String reason) {
    super(reason);
  }
}
