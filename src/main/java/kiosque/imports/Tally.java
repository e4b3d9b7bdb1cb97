package kiosque.imports;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kiosque.content.SaveOutcome;

/** Counts an import as it goes; every importer builds its {@link ImportReport} from one. */
final class Tally {

  private final long start = System.nanoTime(); // elapsed time is a measurement, not the site's clock
  private long created;
  private long updated;
  private long unchanged;
  private final List<Long> keptInNewsroom = new ArrayList<>();
  private final List<LineError> errors = new ArrayList<>();
  private final List<LineError> warnings = new ArrayList<>();
  private final Map<String, List<String>> skipped = new LinkedHashMap<>();
  private final List<LeadImage> leadImages = new ArrayList<>();
  private long archiveAddresses;

  /** Counts a save, and keeps what the content rules removed from the item, as warnings at {@code line}. */
  void count(SaveOutcome outcome, long line, String prefix) {
    outcome.warnings().forEach(warning -> warnings.add(new LineError(line, prefix + warning)));
    switch (outcome.kind()) {
      case CREATED -> created++;
      case UPDATED -> updated++;
      case UNCHANGED -> unchanged++;
      case KEPT -> keptInNewsroom.add(outcome.articleId());
    }
  }

  void fail(LineError error) {
    errors.add(error);
  }

  void skip(String reason, String sourceId) {
    skipped.computeIfAbsent(reason, r -> new ArrayList<>()).add(sourceId);
  }

  void archiveAddresses(long count) {
    archiveAddresses = count;
  }

  void leadImage(LeadImage image) {
    leadImages.add(image);
  }

  long done() {
    return created + updated + unchanged + keptInNewsroom.size() + errors.size();
  }

  ImportReport report() {
    List<SkippedItems> groups = new ArrayList<>();
    skipped.forEach((reason, ids) -> groups.add(new SkippedItems(reason, ids)));
    return new ImportReport(created, updated, unchanged, keptInNewsroom, errors.size(), errors, warnings, groups,
        leadImages, archiveAddresses, Duration.ofNanos(System.nanoTime() - start));
  }
}
