package kiosque.errors;

/** The person is known but their role does not allow this; {@code kiosque.web.ErrorPages} answers 403. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String what) {
    super(what, null, false, false);
  }
}
