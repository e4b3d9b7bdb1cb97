package kiosque.cli;

import picocli.CommandLine;

/**
 * Entry point: parses the command line and hands over to the commands. It lives beside them, not
 * beside {@link kiosque.Wiring}: the commands use the composition root, so a main in the root
 * package would make {@code kiosque} and {@code kiosque.cli} depend on each other.
 */
public final class Kiosque {

  private Kiosque() {}

  public static void main(String[] args) {
    System.exit(KiosqueCommand.commandLine().execute(args));
  }
}
