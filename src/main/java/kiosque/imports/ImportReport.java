package kiosque.imports;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. Every article read lands in exactly one of the five counts; what the source
 * held but is not an article to publish (a WordPress page, a draft, an attachment) is in
 * {@code skipped}, grouped by reason.
 *
 * @param created articles that did not exist before
 * @param updated articles that existed and changed
 * @param unchanged articles identical to what was already stored (nothing written)
 * @param keptInNewsroom ids of the articles the newsroom saved since their last import: not
 *     overwritten, the imported text waits beside each as a revision (the desk's revision list)
 * @param failed items that were not imported; {@code errors} says why, one entry each
 * @param warnings what the content rules changed in items that were imported (control characters
 *     removed), one entry per field
 * @param skipped what was left out on purpose, by reason, with the source's ids
 * @param leadImages featured images found for imported articles, as addresses on the old site: a
 *     lead image here is an uploaded file of the media library, which an import does not fetch
 * @param archiveAddresses the old site's category and tag pages that now redirect to a section or topic
 */
public record ImportReport(long created, long updated, long unchanged, List<Long> keptInNewsroom, long failed,
    List<LineError> errors,
    List<LineError> warnings, List<SkippedItems> skipped, List<LeadImage> leadImages, long archiveAddresses, Duration elapsed) {

  public ImportReport {
    keptInNewsroom = List.copyOf(keptInNewsroom);
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
    skipped = List.copyOf(skipped);
    leadImages = List.copyOf(leadImages);
  }

  public ImportReport(long created, long updated, long unchanged, long failed, List<LineError> errors,
      Duration elapsed) {
    this(created, updated, unchanged, List.of(), failed, errors, List.of(), List.of(), List.of(), 0, elapsed);
  }

  public boolean hasFailures() {
    return failed > 0;
  }

  public long skippedCount() {
    return skipped.stream().mapToLong(SkippedItems::count).sum();
  }
}
