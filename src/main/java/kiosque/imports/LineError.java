package kiosque.imports;

/**
 * One line (or item) that could not be imported, and why, in words a person can act on.
 *
 * @param line where it starts in the file, or 0 when the reason itself says where (a feed's item)
 */
public record LineError(long line, String reason) {

  /** {@code line 12: published_at "2016-01-01" has no UTC offset ...} */
  public String message() {
    return line > 0 ? "line " + line + ": " + reason : reason;
  }
}
