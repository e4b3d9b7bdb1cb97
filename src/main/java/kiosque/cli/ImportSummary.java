package kiosque.cli;

import java.util.ArrayList;
import java.util.List;
import kiosque.imports.ImportReport;
import kiosque.imports.LineError;
import kiosque.imports.SkippedItems;
import kiosque.newsroom.shell.NewsroomUrls;

/** An import report in words for the person who ran it: failures, what was left out, images found. */
record ImportSummary(ImportReport report, CliText text) {

  /** Enough ids to find the items in the old site; the report holds all of them. */
  static final int IDS_SHOWN = 20;

  /** The articles the newsroom changed, by their address in the newsroom: the first few, where to compare. */
  static final int KEPT_SHOWN = 10;

  private static final NewsroomUrls NEWSROOM = new NewsroomUrls();

  List<String> errors() {
    return report.errors().stream().map(this::line).toList();
  }

  /** {@code ligne 4 : avertissement : title: 1 control character removed (U+0007)}: imported, but changed. */
  List<String> warnings() {
    return report.warnings().stream()
        .map(warning -> line(new LineError(warning.line(), text.get("import.warning", warning.reason())))).toList();
  }

  /** The CLI frames the line in the site's language; the reason is the importer's, shared with the newsroom. */
  private String line(LineError error) {
    return error.line() > 0 ? text.get("import.line", error.line(), error.reason()) : error.reason();
  }

  /** {@code Laissé de côté (page) : 2 — 12, 14}, one line per reason, then the images found. */
  List<String> details() {
    List<String> lines = new ArrayList<>();
    for (SkippedItems group : report.skipped()) {
      List<String> ids = group.ids();
      String shown = String.join(", ", ids.subList(0, Math.min(ids.size(), IDS_SHOWN)));
      if (ids.size() > IDS_SHOWN) {
        shown = text.get("import.andOthers", shown, ids.size() - IDS_SHOWN);
      }
      lines.add(text.get("import.skipped", group.reason(), group.count(), shown));
    }
    List<Long> kept = report.keptInNewsroom();
    if (!kept.isEmpty()) {
      String shown = String.join(", ", kept.subList(0, Math.min(kept.size(), KEPT_SHOWN)).stream()
          .map(id -> NEWSROOM.article(id)).toList());
      if (kept.size() > KEPT_SHOWN) {
        shown = text.get("import.andOthers", shown, kept.size() - KEPT_SHOWN);
      }
      lines.add(text.get("import.keptInNewsroom", kept.size(), text.plural("import.kept", kept.size()),
          text.plural("import.keptState", kept.size()), shown));
    }
    if (!report.warnings().isEmpty()) {
      lines.add(text.get("import.controlCharacters", report.warnings().size(),
          text.plural("unit.field", report.warnings().size())));
    }
    if (report.archiveAddresses() > 0) {
      lines.add(text.get("import.archiveAddresses", report.archiveAddresses()));
    }
    if (!report.leadImages().isEmpty()) {
      lines.add(text.get("import.leadImagesFound", report.leadImages().size()));
    }
    return lines;
  }

  List<String> leadImageLines() {
    // Tabs and line breaks in an alternative text would break the columns.
    return report.leadImages().stream().map(image -> image.articleId() + "\t" + image.url() + "\t"
        + image.altText().replaceAll("[\\t\\r\\n]+", " ")).toList();
  }

  /** French counts 0 and 1 as singular. */
  static String plural(long count, String word) {
    return count > 1 ? word + "s" : word;
  }
}
