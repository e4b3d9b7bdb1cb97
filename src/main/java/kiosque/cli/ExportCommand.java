package kiosque.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import java.util.function.LongConsumer;
import kiosque.Wiring;
import kiosque.imports.ArticleExporter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * Writes every article to a JSON Lines file in the import format. The file appears only once
 * complete: it is written beside its destination and moved into place, so a failed export never
 * leaves half a file that looks whole. Exit status 0, or 2 when the file cannot be written.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Exports every article (drafts included) as JSON Lines, in the import format.")
final class ExportCommand implements Callable<Integer> {

  static final int UNWRITABLE = 2;

  @Mixin
  DataOptions data;

  @Parameters(paramLabel = "FILE", descriptionKey = "FILE", description = "The file to write, or - for standard output.")
  String file;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress bar on standard error. Default: when it is a terminal.")
  Boolean progress;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    CliText text = CliText.of(spec);
    boolean stdout = file.equals("-");
    Path target = stdout ? null : Path.of(file).toAbsolutePath();
    if (target != null && Files.isDirectory(target)) {
      err.println(text.error("file.cannotWrite", file, text.get("file.isDirectory")));
      return UNWRITABLE;
    }
    long count;
    try (Wiring wiring = data.wiring()) {
      ArticleExporter exporter = new ArticleExporter(wiring.articleStore());
      boolean bar = progress != null ? progress : Terminal.interactive();
      try (ImportProgressBar shown = bar
          ? ImportProgressBar.counting(err, text.get("export.task"), wiring.articleStore().countAll(), text) : null) {
        LongConsumer step = shown == null ? n -> {} : shown::counted;
        count = stdout ? exportToStdout(exporter, step, text) : exportToFile(exporter, target, step, text);
      }
    } catch (IOException e) {
      err.println(text.error("file.cannotWrite", file, e.getMessage()));
      return UNWRITABLE;
    }
    err.println(text.get("export.done", count, text.plural("unit.article", count)));
    return 0;
  }

  private static long exportToStdout(ArticleExporter exporter, LongConsumer step, CliText text) throws IOException {
    PrintStream out = System.out;
    long count = exporter.export(out, step);
    // A PrintStream keeps its write errors to itself (a closed pipe, a full disk): ask for them.
    if (out.checkError()) {
      throw new IOException(text.get("export.stdoutClosed"));
    }
    return count;
  }

  private static long exportToFile(ArticleExporter exporter, Path target, LongConsumer step, CliText text)
      throws IOException {
    Path parent = target.getParent();
    if (parent != null && !Files.isDirectory(parent)) {
      throw new IOException(text.get("export.noFolder", parent));
    }
    // Not Files.createTempFile: its owner-only permissions would stay with the export.
    Path partial = target.resolveSibling("." + target.getFileName() + ".partial");
    try {
      long count;
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial), 64 * 1024)) {
        count = exporter.export(out, step);
      }
      try {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
      }
      return count;
    } finally {
      Files.deleteIfExists(partial);
    }
  }
}
