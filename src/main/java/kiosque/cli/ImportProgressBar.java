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
  private final String unit;

  /**
   * @param totalBytes the size of the input, or -1 when unknown
   * @param unit what is counted beside the bar, singular: {@code ligne}, {@code élément}
   */
  ImportProgressBar(PrintWriter err, long totalBytes, String unit) {
    this.unit = unit;
    boolean small = totalBytes >= 0 && totalBytes < SMALL;
    this.bar = ProgressBar.builder()
        .setTaskName("Import")
        .setInitialMax(totalBytes)
        .setUnit(small ? " ko" : " Mo", small ? 1_000 : 1_000_000)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new LineRedraw(err))
        .build();
  }

  /** A bar counting articles rather than bytes, for a job that knows how many there are (export). */
  private ImportProgressBar(PrintWriter err, String task, long total) {
    this.unit = "article";
    this.bar = ProgressBar.builder()
        .setTaskName(task)
        .setInitialMax(total)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setConsumer(new LineRedraw(err))
        .build();
  }

  static ImportProgressBar counting(PrintWriter err, String task, long total) {
    return new ImportProgressBar(err, task, total);
  }

  /** For a counting bar: {@code done} articles so far. */
  void counted(long done) {
    bar.stepTo(done);
  }

  @Override
  public void advanced(long lines, long bytesRead) {
    bar.stepTo(bytesRead);
    bar.setExtraMessage(lines + " " + ImportSummary.plural(lines, unit));
  }

  @Override
  public void close() {
    bar.close();
  }
}
