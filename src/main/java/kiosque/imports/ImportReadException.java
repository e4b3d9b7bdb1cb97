package kiosque.imports;

import java.io.IOException;

/**
 * The input could not be read to its end (a truncated gzip file, a disk error). The lines before
 * that point were imported; {@link #partialReport()} says how they went.
 */
public final class ImportReadException extends IOException {

  private final transient ImportReport partialReport;

  ImportReadException(String message, ImportReport partialReport, IOException cause) {
    super(message, cause);
    this.partialReport = partialReport;
  }

  public ImportReport partialReport() {
    return partialReport;
  }
}
