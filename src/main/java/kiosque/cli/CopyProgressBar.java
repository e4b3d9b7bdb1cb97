package kiosque.cli;

import java.io.PrintWriter;
import kiosque.db.CopyProgress;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;

/** The bar {@code migrate-db} draws on standard error: rows written over all tables, the table beside it. */
final class CopyProgressBar implements CopyProgress, AutoCloseable {

  private final PrintWriter err;
  private final CliText text;
  private ProgressBar bar;

  CopyProgressBar(PrintWriter err, CliText text) {
    this.err = err;
    this.text = text;
  }

  @Override
  public void started(long rows) {
    bar = ProgressBar.builder()
        .setTaskName(text.get("copy.task"))
        .setInitialMax(rows)
        .setUnit(text.get("copy.rows"), 1)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .setUpdateIntervalMillis(250)
        .setConsumer(new LineRedraw(err))
        .build();
  }

  @Override
  public void copied(String table, long rows) {
    bar.stepBy(rows);
    bar.setExtraMessage(table);
  }

  @Override
  public void verifying() {
    if (bar != null) {
      bar.setExtraMessage(text.get("copy.verifying"));
    }
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
