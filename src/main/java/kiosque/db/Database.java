package kiosque.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/** The connection pool, the migrations and the JDBI handle over them; one per process. */
public final class Database implements AutoCloseable {

  private final HikariDataSource dataSource;
  private final Jdbi jdbi;

  private Database(HikariDataSource dataSource) {
    this.dataSource = dataSource;
    this.jdbi = Jdbi.create(dataSource);
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
    if (!jdbcUrl.startsWith("jdbc:h2:")) {
      tryConnecting(jdbcUrl, user, password);
    }
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(jdbcUrl.startsWith("jdbc:h2:") ? 8 : 16);
    config.setPoolName("kiosque");
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      // One multi-row INSERT per JDBC batch instead of one round trip per row (imports, migrate-db).
      config.addDataSourceProperty("reWriteBatchedInserts", "true");
    }
    HikariDataSource dataSource;
    try {
      dataSource = new HikariDataSource(config);
    } catch (HikariPool.PoolInitializationException e) {
      throw DatabaseUnreachableException.of(jdbcUrl, user, e);
    }
    try {
      Flyway.configure()
          .dataSource(dataSource)
          .locations("classpath:db/migration")
          // Features number their migrations in their own ranges (V1xx newsroom, V3xx related,
          // V5xx scale) and land in any order: a database that already has V500 must still take
          // a V300 merged later, instead of refusing to start.
          .outOfOrder(true)
          .load()
          .migrate();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
    return new Database(dataSource);
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

  public Jdbi jdbi() {
    return jdbi;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
