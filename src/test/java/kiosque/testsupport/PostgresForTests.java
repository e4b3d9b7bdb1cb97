package kiosque.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import kiosque.db.Database;

/**
 * One PostgreSQL server for the whole test JVM: the embedded binaries from Maven Central, or the
 * server named by {@code KIOSQUE_TEST_PG_URL} (a database the user may connect to and a role
 * with CREATEDB; {@code KIOSQUE_TEST_PG_USER} and {@code KIOSQUE_TEST_PG_PASSWORD} when the URL
 * does not carry them). The migrations run once, into a template; every data directory then gets
 * its own copy, which takes milliseconds, instead of migrating again per test.
 */
public final class PostgresForTests {

  /** A database of this server: the JDBC URL and credentials the application is given. */
  public record Db(String name, String url, String user, String password) {
    public Map<String, String> env() {
      return Map.of("KIOSQUE_DB_URL", url, "KIOSQUE_DB_USER", user, "KIOSQUE_DB_PASSWORD", password);
    }
  }

  private static volatile PostgresForTests instance;

  private final String baseUrl;
  private final String user;
  private final String password;
  // Unique per JVM, so runs sharing an external server never meet.
  private final String prefix = "kt_" + UUID.randomUUID().toString().substring(0, 8) + "_";
  private final String template = prefix + "template";
  private final AtomicInteger counter = new AtomicInteger();
  private final Map<Path, Db> byDataDir = new ConcurrentHashMap<>();
  private final Set<String> created = ConcurrentHashMap.newKeySet();
  private final EmbeddedPostgres embedded;

  private PostgresForTests(EmbeddedPostgres embedded, String baseUrl, String user, String password) {
    this.embedded = embedded;
    this.baseUrl = baseUrl;
    this.user = user;
    this.password = password;
  }

  public static PostgresForTests instance() {
    if (instance == null) {
      synchronized (PostgresForTests.class) {
        if (instance == null) {
          instance = start();
          instance.createTemplate();
          Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-postgres-stop"));
        }
      }
    }
    return instance;
  }

  private static PostgresForTests start() {
    String external = System.getenv("KIOSQUE_TEST_PG_URL");
    if (external != null && !external.isBlank()) {
      return new PostgresForTests(null, external, envOr("KIOSQUE_TEST_PG_USER", ""), envOr("KIOSQUE_TEST_PG_PASSWORD", ""));
    }
    try {
      EmbeddedPostgres pg = EmbeddedPostgres.builder()
          // Tests do not need durability; these keep commits and database copies cheap.
          .setServerConfig("synchronous_commit", "off")
          .setServerConfig("full_page_writes", "off")
          .setServerConfig("max_connections", "300")
          .start();
      return new PostgresForTests(pg, pg.getJdbcUrl("postgres", "postgres").replace("?user=postgres", ""), "postgres", "");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  /** The database of this data directory, created from the migrated template on first use. */
  public Db databaseFor(Path dataDir) {
    return byDataDir.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
      String name = prefix + counter.incrementAndGet();
      create(name, template);
      return db(name);
    });
  }

  /** A new empty database (no migrations), for tests of what happens before Flyway runs. */
  public Db emptyDatabase() {
    String name = prefix + counter.incrementAndGet();
    create(name, null);
    return db(name);
  }

  private void create(String name, String template) {
    execute("create database " + name + (template == null ? "" : " template " + template));
    created.add(name);
  }

  private Db db(String name) {
    return new Db(name, urlOf(name), user, password);
  }

  private void createTemplate() {
    create(template, null);
    Db db = db(template);
    // Flyway through the application's own code, then every connection closed: a template
    // cannot be copied while someone is connected to it.
    Database.open(db.url(), user, password, Path.of(".")).close();
  }

  /** The URL of another database on the same server. */
  private String urlOf(String database) {
    int query = baseUrl.indexOf('?');
    String path = query < 0 ? baseUrl : baseUrl.substring(0, query);
    String params = query < 0 ? "" : baseUrl.substring(query);
    return path.substring(0, path.lastIndexOf('/') + 1) + database + params;
  }

  private void execute(String sql) {
    try (Connection c = DriverManager.getConnection(baseUrl, user, password); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + baseUrl + ": " + e.getMessage(), e);
    }
  }

  private void stop() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    // On a shared server, leave nothing behind.
    for (String name : created) {
      execute("drop database if exists " + name + " with (force)");
    }
  }
}
