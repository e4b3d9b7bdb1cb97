package kiosque.cli;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws a progress bar on one line, redrawn in place, on the command's error stream (picocli's,
 * so tests can read it); every long command's bar uses it.
 */
record LineRedraw(PrintWriter err) implements ProgressBarConsumer {

  @Override
  public int getMaxRenderedLength() {
    return 80;
  }

  @Override
  public void accept(String rendered) {
    err.print('\r' + rendered);
    err.flush();
  }

  @Override
  public void close() {
    err.println();
    err.flush();
  }
}
