package kiosque.cli;

import java.io.Console;

/** Whether standard error is a terminal worth drawing a progress bar on. */
final class Terminal {

  private Terminal() {}

  /** A terminal to draw on. JDK 22 to 24 return a Console even when redirected, hence isTerminal. */
  static boolean interactive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
    } catch (ReflectiveOperationException e) {
      return true; // JDK 21 has no isTerminal, and gives a Console only to a terminal
    }
  }
}
