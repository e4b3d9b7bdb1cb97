package kiosque.testsupport;

import java.io.PrintWriter;
import java.io.StringWriter;
import kiosque.cli.KiosqueCommand;
import picocli.CommandLine;

/** One run of the real command line, with what it printed on each stream and its exit status. */
public record CliRun(int exitCode, String out, String err) {

  public static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = KiosqueCommand.commandLine(args);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exitCode = cli.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }
}
