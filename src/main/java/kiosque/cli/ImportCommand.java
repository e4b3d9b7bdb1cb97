package kiosque.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** Imports articles from a file. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = "Imports articles from a JSON Lines file (plain or .gz).")
final class ImportCommand implements Callable<Integer> {

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "FILE", description = "The file to import.")
  Path file;

  @Override
  public Integer call() {
    throw new UnsupportedOperationException("import is being built");
  }
}
