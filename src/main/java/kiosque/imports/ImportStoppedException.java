package kiosque.imports;

/**
 * The database failed during an import (the connection was lost, the server stopped): no item
 * after that could be saved. Every item before it was saved or reported, each in its own
 * transaction, so nothing is half-written; {@link #partialReport()} says how they went, and running
 * the same import again resumes, since unchanged articles are recognised and skipped.
 */
public final class ImportStoppedException extends IllegalStateException {

  private final transient ImportReport partialReport;

  ImportStoppedException(String message, ImportReport partialReport, Throwable cause) {
    super(message, cause);
    this.partialReport = partialReport;
  }

  public ImportReport partialReport() {
    return partialReport;
  }

  /** Stops at {@code where} when the database failed; otherwise the caller reports the item and goes on. */
  static void stopIfDatabaseFailed(RuntimeException e, String where, Tally tally) {
    if (ItemFailures.databaseFailed(e)) {
      throw new ImportStoppedException("import stopped at " + where + ": the database failed: "
          + ItemFailures.databaseMessage(e),
          tally.report(), e);
    }
  }
}
