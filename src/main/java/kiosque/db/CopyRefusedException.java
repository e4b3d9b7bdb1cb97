package kiosque.db;

import java.util.List;

/**
 * The copy did not start, or was rolled back: the target is as it was. The reason and its details
 * let the caller say why in the person's language; the message is for logs.
 */
public final class CopyRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why nothing was written. */
  public enum Reason {
    /** The target holds other data. Detail: the tables that differ, with rows found/expected when they differ. */
    TARGET_DIFFERS,
    /** Someone wrote to the source during the copy. Detail: the tables that differ. */
    COPY_MISMATCH,
    /** Different versions of Kiosque. Details: the source's tables, the target's tables. */
    SCHEMAS_DIFFER,
    /** The database refused a statement; the copy was rolled back. Detail: the database's message. */
    FAILED
  }

  private final Reason reason;
  private final transient List<Object> details;

  CopyRefusedException(Reason reason, Object... details) {
    super(reason + " " + List.of(details));
    this.reason = reason;
    this.details = List.of(details);
  }

  public Reason reason() {
    return reason;
  }

  public List<Object> details() {
    return details;
  }
}
