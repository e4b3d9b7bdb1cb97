package kiosque.cli;

import java.io.PrintWriter;
import kiosque.imports.ImportProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The bar an import draws on standard error: bytes of the file read (compressed bytes for a .gz
 * file, so the bar still ends at 100%), with the lines (or items) done beside it. Indefinite for
 * stdin. An export uses the same bar counting articles.
 */
final class ImportProgressBar implements ImportProgress, AutoCloseable {

  private static final long SMALL = 10_000_000;

  private final ProgressBar bar;
  private final CliText text;
  private final String unit;

  /**
   * @param totalBytes the size of the input, or -1 when unknown
   * @param unit the key of what is counted beside the bar: {@code unit.line}, {@code unit.item}
   */
  ImportProgressBar(PrintWriter err, long totalBytes, CliText text, String unit) {
    this.text = text;
    this.unit = unit;
    boolean small = totalBytes >= 0 && totalBytes < SMALL;
    this.bar = ProgressBar.builder()
        .setTaskName(text.get("import.task"))
        .setInitialMax(totalBytes)
        .setUnit(text.get(small ? "unit.kilobytes" : "unit.megabytes"), small ? 1_000 : 1_000_000)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new LineRedraw(err))
        .build();
  }

  /** A bar counting articles rather than bytes, for a job that knows how many there are (export). */
  private ImportProgressBar(PrintWriter err, String task, long total, CliText text) {
    this.text = text;
    this.unit = "unit.article";
    this.bar = ProgressBar.builder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new LineRedraw(err))
        .build();
  }

  static ImportProgressBar counting(PrintWriter err, String task, long total, CliText text) {
    return new ImportProgressBar(err, task, total, text);
  }

  /** For a counting bar: {@code done} articles so far. */
  void counted(long done) {
    bar.stepTo(done);
  }

  @Override
  public void advanced(long lines, long bytesRead) {
    bar.stepTo(bytesRead);
    bar.setExtraMessage(lines + " " + text.plural(unit, lines));
  }

  @Override
  public void close() {
    bar.close();
  }
}
