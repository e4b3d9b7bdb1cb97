package kiosque.imports;

/** A line that cannot become an article draft; the message names the field and what is wrong. */
final class BadLineException extends Exception {
  BadLineException(String reason) {
    super(reason);
  }
}
