package kiosque.db;

/** What a database copy reports as it goes: a progress bar on the command line, nothing in tests. */
public interface CopyProgress {

  CopyProgress NONE = new CopyProgress() {};

  /** The copy begins: {@code rows} in all, over every table. */
  default void started(long rows) {}

  /** {@code rows} more rows of {@code table} are written. */
  default void copied(String table, long rows) {}

  /** The copy is written; counting and checksumming both sides follows. */
  default void verifying() {}
}
