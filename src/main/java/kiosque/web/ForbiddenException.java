package kiosque.web;

/** The person is known but their role does not allow this; {@link ErrorPages} answers 403. */
public final class ForbiddenException extends RuntimeException {
  public ForbiddenException(String what) {
    super(what, null, false, false);
  }
}
