package kiosque.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;
import kiosque.db.Database;

/**
 * One migrated H2 database per test JVM, copied into a test's data directory before the test
 * first opens it: Flyway then finds nothing to do. Migrating a new H2 file took a fifth of a
 * newsroom store test's CPU, once per test (JFR, session 11); a file copy takes a millisecond.
 * PostgreSQL does the same with a template database ({@link PostgresForTests}). A directory that
 * already holds a database (a restarted node, a second one) keeps it.
 */
final class H2Template {

  static final String FILE = "kiosque.mv.db";

  private static Path template;

  private H2Template() {}

  /** Puts a copy of the migrated database in {@code dataDir} unless it has one. */
  static void copyInto(Path dataDir) {
    Path target = dataDir.resolve(FILE);
    if (Files.exists(target)) {
      return;
    }
    try {
      Files.createDirectories(dataDir);
      Files.copy(template(), target);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy the migrated H2 template into " + dataDir, e);
    }
  }

  private static synchronized Path template() throws IOException {
    if (template == null) {
      Path dir = Files.createTempDirectory("kiosque-h2-template");
      Settings settings = new SettingsLoader(Map.of(), new Properties()).load(dir);
      // Flyway through the application's own code, with the user and password a test's settings give.
      Database.open(settings.jdbcUrl(), settings.databaseUser(), settings.databasePassword(), dir).close();
      template = dir.resolve(FILE);
      dir.toFile().deleteOnExit();
      template.toFile().deleteOnExit();
    }
    return template;
  }
}
