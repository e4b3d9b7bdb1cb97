package kiosque.web;

/** Nothing lives at this address; {@link ErrorPages} answers 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what) {
    super(what, null, false, false);
  }
}
