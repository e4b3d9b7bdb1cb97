package kiosque.cli;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Entry point: parses the command line and hands over to the commands. It lives beside them, not
 * beside {@link kiosque.Wiring}: the commands use the composition root, so a main in the root
 * package would make {@code kiosque} and {@code kiosque.cli} depend on each other.
 */
public final class Kiosque {

  /**
   * Lucene warns at its first use that the vector incubator module is not readable. Passing
   * {@code --add-modules jdk.incubator.vector} instead would only trade it for the JVM's own
   * "Using incubator modules" warning (and {@code java -jar} alone would still print Lucene's), so
   * the logger is quieted to SEVERE before Lucene loads. Held in a field: java.util.logging keeps
   * loggers weakly, and a collected one would come back with its warnings.
   */
  private static final Logger LUCENE_VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  private Kiosque() {}

  public static void main(String[] args) {
    LUCENE_VECTORIZATION.setLevel(Level.SEVERE);
    System.exit(KiosqueCommand.commandLine(args).execute(args));
  }
}
