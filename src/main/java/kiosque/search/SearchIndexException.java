package kiosque.search;

/** The search index cannot be opened, written or read; the message says which and where. */
public final class SearchIndexException extends RuntimeException {

  public SearchIndexException(String message, Throwable cause) {
    super(message, cause);
  }

  public SearchIndexException(String message) {
    super(message);
  }
}
