package kiosque.imports;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. Every non-blank line lands in exactly one of the four counts.
 *
 * @param created articles that did not exist before
 * @param updated articles that existed and changed
 * @param unchanged articles identical to what was already stored (nothing written)
 * @param failed lines that were not imported; {@code errors} says why, one entry each
 */
public record ImportReport(long created, long updated, long unchanged, long failed, List<LineError> errors,
    Duration elapsed) {

  public ImportReport {
    errors = List.copyOf(errors);
  }

  public boolean hasFailures() {
    return failed > 0;
  }
}
