package kiosque.testsupport;

import java.nio.file.Path;
import java.util.Map;

/**
 * The databases store tests run on. H2 lives in the test's data directory; PostgreSQL is one
 * server per test JVM ({@link PostgresForTests}) with a fresh database per data directory, so a
 * test that reopens the same directory (a restart, a second node) reaches the same data.
 */
public enum TestDatabase {
  H2,
  POSTGRESQL;

  /** The settings (environment-variable names) that point a data directory at this database. */
  public Map<String, String> env(Path dataDir) {
    return switch (this) {
      case H2 -> Map.of();
      case POSTGRESQL -> PostgresForTests.instance().databaseFor(dataDir).env();
    };
  }

  @Override
  public String toString() {
    return this == H2 ? "H2" : "PostgreSQL";
  }
}
