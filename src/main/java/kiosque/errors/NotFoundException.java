package kiosque.errors;

/** Nothing lives at this address; {@code kiosque.web.ErrorPages} answers 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what, null, false, false);
  }
}
