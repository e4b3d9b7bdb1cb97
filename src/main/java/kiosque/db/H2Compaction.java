package kiosque.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.OptionalInt;
import kiosque.config.Settings;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.MVStoreTool;
import org.jdbi.v3.core.Jdbi;

/**
 * Rewrites a site's embedded H2 database file with only its live pages, with the site stopped.
 *
 * <p>Why a site needs it: H2's MVStore never writes a page in place. A bulk job (an import, {@code
 * kiosque related --all}, a migration that rewrites a table) leaves most of the file's chunks
 * partly dead: 100,000 imported articles with their lists made a 1.66 GB file whose chunks were 58
 * % live, 431 MB once compacted. H2 then compacts in the background of the running site for hours,
 * reading and rewriting chunks beside the pages it serves: measured at 100,000 articles, 0.4 to 0.5
 * ms of CPU an uncached article page on other threads, against 0.09 once compacted
 * (docs/benchmarks.md). The rewrite ({@link #shutDownAndRewrite}) does it all at once, in a couple of
 * minutes a gigabyte; it needs the database to itself, so a running site refuses it.
 */
public final class H2Compaction {

  /** H2's "database may be already in use": another process (a served site) holds the file. */
  private static final int IN_USE = 90020;
  private static final int NOT_FOUND = 90146;

  /** The file's size before and after, and how long it took. */
  public record Result(long bytesBefore, long bytesAfter, Duration took) {}

  /** Why nothing was compacted. */
  public enum Reason {
    /** Detail: the directory. */
    NO_DATABASE,
    /** Another process (a served site, an import) holds the database. Detail: the directory. */
    IN_USE
  }

  /** Nothing was changed; the reason and its detail let the caller say why in the person's language. */
  public static final class RefusedException extends RuntimeException {
    private final Reason reason;
    private final Path directory;

    RefusedException(Reason reason, Path directory) {
      super(reason + " " + directory, null, false, false);
      this.reason = reason;
      this.directory = directory;
    }

    public Reason reason() {
      return reason;
    }

    public Path directory() {
      return directory;
    }
  }

  /** A job writing fewer articles than this leaves too little dead space to be worth a word. */
  static final long ADVISED_FROM_ARTICLES = 1_000;
  /**
   * Under this share of live data a busy site compacts in the background: H2 starts below 81 %
   * (its 90 % target squared while the store is written).
   */
  static final int ADVISED_UNDER_LIVE_PERCENT = 80;

  private final String user;
  private final String password;

  public H2Compaction(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** Compacts the H2 database of {@code dataDir}, which no other process may have open. */
  public Result compact(Path dataDir) {
    Path file = dataDir.resolve(H2Backup.DATABASE_FILE);
    if (!Files.isRegularFile(file)) {
      throw new RefusedException(Reason.NO_DATABASE, dataDir.toAbsolutePath());
    }
    long before = size(file);
    long started = System.nanoTime();
    try (Connection c = H2Backup.connect(Settings.h2UrlAlone(dataDir) + ";IFEXISTS=TRUE", user, password)) {
      shutDownAndRewrite(c, dataDir, file);
    } catch (SQLException e) {
      if (e.getErrorCode() == IN_USE) {
        throw new RefusedException(Reason.IN_USE, dataDir.toAbsolutePath());
      }
      if (e.getErrorCode() == NOT_FOUND) {
        throw new RefusedException(Reason.NO_DATABASE, dataDir.toAbsolutePath());
      }
      throw new IllegalStateException("SHUTDOWN COMPACT failed: " + e.getMessage(), e);
    }
    return new Result(before, size(file), Duration.ofNanos(System.nanoTime() - started));
  }

  /**
   * Closes the database {@code c} is connected to, then rewrites its {@code file} with only the live
   * pages, written plain. H2's own {@code SHUTDOWN COMPACT} writes them LZF-compressed (its
   * MVStore.close compacts with compression on), unlike every page the running site writes: each read
   * of a page H2's cache had dropped then expands it. Measured at 100,000 articles: the file twice
   * the size (431 to 861 MB), and less CPU for each uncached article page (docs/benchmarks.md,
   * "Session 8").
   */
  static void shutDownAndRewrite(Connection c, Path dataDir, Path file) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SHUTDOWN");
    }
    rewritePlain(dataDir, file);
  }

  /**
   * The rewrite of a database just shut down. A process that opened the file in between (a site
   * started meanwhile) holds it: the rewrite, which reads it under a shared lock, cannot begin,
   * the file stays as it was, and the person is told the site is running rather than shown H2's
   * "file is locked".
   */
  static void rewritePlain(Path dataDir, Path file) {
    try {
      MVStoreTool.compact(file.toString(), false);
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        throw new RefusedException(Reason.IN_USE, dataDir.toAbsolutePath());
      }
      throw e;
    }
  }

  /**
   * How much of the database file's chunks is live data, in percent, as H2 counts it; empty on
   * PostgreSQL. Read through the site's own connection, whether this process holds the file or
   * joined the server that does.
   */
  public static OptionalInt livePercent(Jdbi jdbi) {
    try {
      return livePercentOrThrow(jdbi);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the database's metadata: " + e.getMessage(), e);
    }
  }

  private static OptionalInt livePercentOrThrow(Jdbi jdbi) throws SQLException {
    return jdbi.withHandle(h -> {
      if (!h.getConnection().getMetaData().getURL().startsWith("jdbc:h2:")) {
        return OptionalInt.empty();
      }
      return h.createQuery("select setting_value from information_schema.settings"
              + " where setting_name = 'info.CHUNKS_FILL_RATE'")
          .mapTo(String.class).findOne().map(v -> OptionalInt.of(Integer.parseInt(v.strip())))
          .orElse(OptionalInt.empty());
    });
  }

  /**
   * After a bulk job that wrote {@code articles}: the file's live percent when the operator should
   * be told to run {@code kiosque compact}, else empty (a small job, PostgreSQL, a file still dense).
   */
  public static OptionalInt adviceAfter(long articles, Jdbi jdbi) {
    if (articles < ADVISED_FROM_ARTICLES) {
      return OptionalInt.empty();
    }
    OptionalInt live = livePercent(jdbi);
    return live.isPresent() && live.getAsInt() < ADVISED_UNDER_LIVE_PERCENT ? live : OptionalInt.empty();
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
