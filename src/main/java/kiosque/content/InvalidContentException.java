package kiosque.content;

/** Content that cannot be stored as given; the message says what is wrong, for a person to fix. */
public class InvalidContentException extends RuntimeException {
  public InvalidContentException(String message) {
    super(message);
  }
}
