package kiosque.db;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of {@link DatabaseCopy#run}: each table's rows and checksum (equal on both sides,
 * or the copy would have been rolled back), and whether the target already held them.
 */
public record CopyReport(Outcome outcome, List<TableReport> tables, Duration elapsed) {

  public enum Outcome {
    /** The target was empty; everything was copied and verified, in one transaction. */
    COPIED,
    /** The target already held exactly the source's content (a re-run): nothing was written. */
    ALREADY_COPIED
  }

  public record TableReport(String table, long rows, String checksum) {}

  public long rows() {
    return tables.stream().mapToLong(TableReport::rows).sum();
  }
}
