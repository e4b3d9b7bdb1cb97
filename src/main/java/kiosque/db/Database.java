package kiosque.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.jdbi.v3.core.Jdbi;

/** The connection pool, the migrations and the JDBI handle over them; one per process. */
public final class Database implements AutoCloseable {

  static {
    // H2 dedups every value it decodes through one global array of 1,024 slots (hashing each
    // string, then comparing it with the slot's), shared by all threads: 9 % of the request
    // threads' CPU on an uncached article page at 100,000 articles, where pages are decoded on
    // each cache miss. Without it, more such pages a second in all ten alternated pairs (median 11 %)
    // (docs/benchmarks.md, "H2's value cache"). Read once when H2 loads, so set before any
    // connection; an operator's -Dh2.objectCache wins.
    if (System.getProperty("h2.objectCache") == null) {
      System.setProperty("h2.objectCache", "false");
    }
  }

  private final HikariDataSource dataSource;
  private final ClosedStoreWatch closedStore;
  private final Jdbi jdbi;
  /** The versioned migrations this build carries, read once at start (for readiness). */
  private final List<MigrationVersion> known;

  private Database(HikariDataSource dataSource, ClosedStoreWatch closedStore, List<MigrationVersion> known) {
    this.dataSource = dataSource;
    this.closedStore = closedStore;
    this.jdbi = Jdbi.create(dataSource);
    this.known = known;
  }

  /** Opens the database, creating the data directory for H2, and applies pending migrations. */
  public static Database open(String jdbcUrl, String user, String password, Path dataDir) {
    if (jdbcUrl.startsWith("jdbc:h2:file:")) {
      try {
        Files.createDirectories(dataDir);
      } catch (java.io.IOException e) {
        throw new IllegalStateException("Cannot create the data directory " + dataDir + ": " + e.getMessage(), e);
      }
    }
    boolean embedded = jdbcUrl.startsWith("jdbc:h2:");
    if (!embedded) {
      tryConnecting(jdbcUrl, user, password);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(embedded ? 8 : 16);
    config.setPoolName("kiosque");
    ClosedStoreWatch closedStore = new ClosedStoreWatch();
    if (embedded) {
      config.setExceptionOverride(closedStore);
      // An embedded connection cannot be lost, only closed with the whole database: then a check
      // would replace it with a new one, which opens the database again inside this process before
      // any statement has met the closed one (ClosedStoreWatch says why that is not wanted). So the
      // pool checks nothing: no keepalive, and no check of a connection unused for half a second
      // (withoutAliveCheck).
      config.setKeepaliveTime(0);
    }
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // One multi-row INSERT per JDBC batch instead of one round trip per row (imports, migrate-db).
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource dataSource;
    try {
      dataSource = embedded ? withoutAliveCheck(config) : new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw DatabaseUnreachableException.of(jdbcUrl, user, e);
    }
    List<MigrationVersion> known;
    try {
      Flyway flyway = Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          // Features number their migrations in their own ranges (V1xx newsroom, V3xx related,
          // V5xx scale) and land in any order: a database that already has V500 must still take
          // a V300 merged later, instead of refusing to start.
          .outOfOrder(true)
          .load();
      flyway.migrate();
      known = Arrays.stream(flyway.info().all()).map(MigrationInfo::getVersion).filter(Objects::nonNull).toList();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource, closedStore, known);
  }

  /**
   * A pool that hands out its connections without checking them first. Hikari reads that window (half
   * a second by default) from a system property when a pool is made, and has no setting for it.
   */
  private static synchronized HikariDataSource withoutAliveCheck(HikariConfig config) {
    String property = "com.zaxxer.hikari.aliveBypassWindowMs";
    String before = System.getProperty(property);
    System.setProperty(property, String.valueOf(java.time.Duration.ofDays(3650).toMillis()));
    try {
      return new HikariDataSource(config);
    } finally {
      if (before == null) {
        System.clearProperty(property);
      } else {
        System.setProperty(property, before);
      }
    }
  }

  /**
   * One connection before the pool's: a refused or unreachable server becomes one sentence
   * ({@link DatabaseUnreachableException}), where the pool would log its stack trace first.
   */
  private static void tryConnecting(String jdbcUrl, String user, String password) {
    Properties properties = new Properties();
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    try (Connection ignored = DriverManager.getConnection(jdbcUrl, properties)) {
      // Reached and accepted: the pool opens its own connections next.
    } catch (SQLException e) {
      throw DatabaseUnreachableException.of(jdbcUrl, user, e);
    }
  }

  /** PostgreSQL rather than the embedded H2: several nodes may share it, LISTEN/NOTIFY works. */
  public boolean isPostgres() {
    return dataSource.getJdbcUrl().startsWith("jdbc:postgresql:");
  }

  /** A connection outside the pool, for a thread that keeps one for its whole life (LISTEN). */
  public Connection dedicatedConnection() throws SQLException {
    Properties properties = new Properties();
    properties.putAll(dataSource.getDataSourceProperties());
    if (dataSource.getUsername() != null) {
      properties.setProperty("user", dataSource.getUsername());
    }
    if (dataSource.getPassword() != null) {
      properties.setProperty("password", dataSource.getPassword());
    }
    return DriverManager.getConnection(dataSource.getJdbcUrl(), properties);
  }

  /**
   * Migrations of this build the database has not applied successfully (empty once migrated): one
   * small query on Flyway's history, which also shows the database answers.
   */
  public List<String> missingMigrations() {
    Set<MigrationVersion> applied = jdbi.withHandle(h -> h.createQuery(
            "select version from flyway_schema_history where success and version is not null")
        .mapTo(String.class).stream().map(MigrationVersion::fromVersion).collect(Collectors.toSet()));
    return known.stream().filter(v -> !applied.contains(v)).map(MigrationVersion::getVersion).toList();
  }

  public Jdbi jdbi() {
    return jdbi;
  }

  /**
   * Runs {@code action} (once, on the thread that met it) when the embedded database is found closed
   * under the process: an H2 store failure or a {@code SHUTDOWN} from elsewhere, not this process's
   * own {@link #close}. PostgreSQL never calls it: a lost server is a lost connection to the pool.
   */
  public void onClosedUnderUs(Runnable action) {
    closedStore.onClosed(action);
  }

  @Override
  public void close() {
    closedStore.closing();
    dataSource.close();
  }
}
