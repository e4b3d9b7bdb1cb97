package kiosque.imports;

import java.io.IOException;

/**
 * The input could not be read to its end (a truncated gzip file, malformed XML, a disk error). The
 * items before that point were imported; {@link #partialReport()} says how they went.
 */
public final class ImportReadException extends IOException {

  private final transient ImportReport partialReport;

  ImportReadException(String message, ImportReport partialReport, Exception cause) {
    super(message, cause);
    this.partialReport = partialReport;
  }

  public ImportReport partialReport() {
    return partialReport;
  }
}
