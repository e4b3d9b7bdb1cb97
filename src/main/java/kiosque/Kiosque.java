package kiosque;

import kiosque.cli.KiosqueCommand;
import picocli.CommandLine;

/** Entry point: parses the command line and hands over to the commands in {@code kiosque.cli}. */
public final class Kiosque {

  private Kiosque() {}

  public static void main(String[] args) {
    System.exit(KiosqueCommand.commandLine().execute(args));
  }
}
