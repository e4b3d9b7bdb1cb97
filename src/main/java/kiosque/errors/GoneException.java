package kiosque.errors;

/** Something lived at this address and was withdrawn (an unpublished article); 410. */
public final class GoneException extends RuntimeException {
  public GoneException(String what) {
    super(what, null, false, false);
  }
}
