package kiosque.db;

/** The copy did not start, or was rolled back: the target is as it was, and the message says why. */
public final class CopyRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CopyRefusedException(String message) {
    super(message);
  }
}
