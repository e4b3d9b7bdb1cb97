package kiosque.imports;

/** One line that could not be imported, and why, in words a person can act on. */
public record LineError(long line, String reason) {

  /** {@code line 12: published_at "2016-01-01" has no UTC offset ...} */
  public String message() {
    return "line " + line + ": " + reason;
  }
}
