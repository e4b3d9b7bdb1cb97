package kiosque.testsupport;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import kiosque.Wiring;
import kiosque.config.Settings;

/**
 * A fresh H2 file database per test, in the test's own directory, with a fixed clock. Settings
 * come from defaults only: the real environment (KIOSQUE_DATA ...) never reaches a test.
 */
public final class TestDatabases {

  public static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
  public static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private TestDatabases() {}

  public static Settings settings(Path dataDir) {
    return TestSettings.in(dataDir);
  }

  /** The whole application's wiring over a new database in {@code dataDir}; close it after the test. */
  public static Wiring wiring(Path dataDir) {
    return new Wiring(settings(dataDir), CLOCK);
  }

  public static Wiring wiring(Path dataDir, TestDatabase db) {
    return new Wiring(TestSettings.in(dataDir, db), CLOCK);
  }

  public static long rows(Wiring wiring, String table) {
    return wiring.database().jdbi().withHandle(h -> h.createQuery("select count(*) from " + table)
        .mapTo(Long.class).one());
  }
}
