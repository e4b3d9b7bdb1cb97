package kiosque.newsroom.taxonomy;

/** A rename or merge refused for a reason the person can fix (name taken, empty ...). */
public final class TaxonomyException extends RuntimeException {
  public TaxonomyException(String message) {
    super(message, null, false, false);
  }
}
