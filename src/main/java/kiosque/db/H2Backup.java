package kiosque.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import kiosque.config.Settings;

/**
 * A copy of a site's embedded H2 database (articles, accounts, media: everything but the search
 * index, which is rebuilt at start) taken while the site runs, and its return into an empty data
 * directory.
 *
 * <p>The copy is read through a connection that joins the running server (the data directory's URL
 * has {@code AUTO_SERVER}), in one transaction at H2's {@code SNAPSHOT} isolation: its first
 * statement, H2's {@code SCRIPT}, sees every table as of one instant, so the copy holds each
 * save whole or not at all, whatever writers do meanwhile. The script is then replayed into a new
 * database beside the archive. (H2's {@code BACKUP TO}, a copy of the file, is not that: the
 * MVStore stores its maps one after another, so a save under way can land half in the file, and
 * CI once restored a section counting 43 articles beside 42.) The archive holds the new
 * database's file, the data directory's {@code kiosque.properties} if any, and a manifest of each
 * table's row count and checksum ({@link TableDigest}) read from the copy itself; a restore checks
 * the restored database against the manifest before it answers.
 */
public final class H2Backup {

  /** The database file inside the archive and in a data directory. */
  static final String DATABASE_FILE = "kiosque.mv.db";
  static final String MANIFEST = "manifest.properties";
  static final String SETTINGS_FILE = "kiosque.properties";
  private static final String FORMAT = "kiosque-h2-backup-1";

  private final String user;
  private final String password;

  /** @param user and {@code password}: the site's database credentials (they are stored in the copy too) */
  public H2Backup(String user, String password) {
    this.user = user;
    this.password = password;
  }

  /** What a backup or restore found: each table's rows and checksum. */
  public record Report(List<CopyReport.TableReport> tables) {
    public long rows(String table) {
      return tables.stream().filter(t -> t.table().equals(table)).mapToLong(CopyReport.TableReport::rows).sum();
    }
  }

  /** Why a backup or restore was refused; the command line words each in the site's language. */
  public enum Reason {
    /** The data directory holds no database. Detail: the directory. */
    NO_DATABASE,
    /** Detail: the archive. */
    NO_ARCHIVE,
    /** A restore never writes over a site. Detail: the directory. */
    DIRECTORY_NOT_EMPTY,
    /** Detail: the archive. */
    NOT_A_BACKUP,
    /** Written by a later version of Kiosque. Detail: the archive. */
    UNKNOWN_FORMAT,
    /** Details: the archive, the system's reason. */
    UNREADABLE,
    /** Tables differ from the manifest. Details: the archive, the differing tables. */
    DAMAGED,
    /** Details: the archive, the tables the manifest lists, the tables found. */
    DAMAGED_TABLE_COUNT
  }

  /**
   * The archive or the directory is not usable; nothing was written. The reason and its details let
   * the caller say why in the person's language; the message is for logs.
   */
  public static final class RefusedException extends RuntimeException {
    private final Reason reason;
    private final List<Object> details;

    RefusedException(Reason reason, Object... details) {
      super(reason + " " + List.of(details), null, false, false);
      this.reason = reason;
      this.details = List.of(details);
    }

    public Reason reason() {
      return reason;
    }

    public List<Object> details() {
      return details;
    }
  }

  /** Copies the H2 database named by {@code jdbcUrl} (a data directory's, running or not) into {@code archive}. */
  public Report backup(String jdbcUrl, Path dataDir, Path archive) {
    Path work = tempDirBeside(archive);
    try {
      Path script = work.resolve("snapshot.sql.gz");
      try (Connection c = connect(jdbcUrl + ";IFEXISTS=TRUE")) {
        writeSnapshot(c, script);
      } catch (SQLException e) {
        if (e.getErrorCode() == 90146) {
          throw new RefusedException(Reason.NO_DATABASE, dataDir.toAbsolutePath());
        }
        throw new IllegalStateException("SCRIPT failed: " + e.getMessage(), e);
      }
      Path copy = work.resolve("copy");
      replay(script, copy);
      Report report = digests(copy);
      Path part = archive.resolveSibling(archive.getFileName() + ".part");
      try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out)) {
        zip.putNextEntry(new ZipEntry(MANIFEST));
        manifest(report).store(zip, "Kiosque backup: rows and checksum of each table");
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(DATABASE_FILE));
        Files.copy(copy.resolve(DATABASE_FILE), zip);
        zip.closeEntry();
        Path settings = dataDir.resolve(SETTINGS_FILE);
        if (Files.isRegularFile(settings)) {
          zip.putNextEntry(new ZipEntry(SETTINGS_FILE));
          Files.copy(settings, zip);
          zip.closeEntry();
        }
      }
      Files.move(part, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return report;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(work);
    }
  }

  /** Brings an archive back into {@code dataDir}, which must be empty or absent; checks every table. */
  public Report restore(Path archive, Path dataDir) {
    if (!Files.isRegularFile(archive)) {
      throw new RefusedException(Reason.NO_ARCHIVE, archive);
    }
    if (!isEmptyOrAbsent(dataDir)) {
      throw new RefusedException(Reason.DIRECTORY_NOT_EMPTY, dataDir.toAbsolutePath());
    }
    Properties manifest;
    try (ZipFile zip = new ZipFile(archive.toFile())) {
      ZipEntry manifestEntry = zip.getEntry(MANIFEST);
      ZipEntry database = zip.getEntry(DATABASE_FILE);
      if (manifestEntry == null || database == null) {
        throw new RefusedException(Reason.NOT_A_BACKUP, archive);
      }
      manifest = new Properties();
      try (InputStream in = zip.getInputStream(manifestEntry)) {
        manifest.load(in);
      }
      if (!FORMAT.equals(manifest.getProperty("format"))) {
        throw new RefusedException(Reason.UNKNOWN_FORMAT, archive);
      }
      Files.createDirectories(dataDir);
      for (String name : List.of(DATABASE_FILE, SETTINGS_FILE)) {
        ZipEntry entry = zip.getEntry(name);
        if (entry != null) {
          try (InputStream in = zip.getInputStream(entry)) {
            Files.copy(in, dataDir.resolve(name));
          }
        }
      }
    } catch (IOException e) {
      throw new RefusedException(Reason.UNREADABLE, archive, String.valueOf(e.getMessage()));
    }
    Report restored = digests(dataDir);
    long expectedTables = manifest.stringPropertyNames().stream().filter(k -> k.endsWith(".rows")).count();
    List<String> differing = differingTables(manifest, restored);
    if (expectedTables != restored.tables().size() || !differing.isEmpty()) {
      deleteQuietly(dataDir.resolve(DATABASE_FILE));
      deleteQuietly(dataDir.resolve(SETTINGS_FILE));
      throw expectedTables != restored.tables().size()
          ? new RefusedException(Reason.DAMAGED_TABLE_COUNT, archive, expectedTables, restored.tables().size())
          : new RefusedException(Reason.DAMAGED, archive, String.join(", ", differing));
    }
    return restored;
  }

  /** Each content table's rows and checksum in the H2 database of {@code dir}, opened alone. */
  private Report digests(Path dir) {
    try (Connection c = connect(Settings.h2Url(dir) + ";IFEXISTS=TRUE")) {
      return digests(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot read the copied database in " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Rows and checksum of every content table, read from {@code connection} as a backup's manifest does. */
  public static Report digests(Connection connection) throws SQLException {
    List<CopyReport.TableReport> tables = new ArrayList<>();
    for (Table table : Schema.tablesInDependencyOrder(connection)) {
      TableDigest digest = new TableDigest();
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(table.selectAll())) {
        while (rs.next()) {
          digest.add(rs, table);
        }
      }
      tables.add(new CopyReport.TableReport(table.name(), digest.rows(), digest.checksum()));
    }
    return new Report(List.copyOf(tables));
  }

  private static Properties manifest(Report report) {
    Properties p = new Properties();
    p.setProperty("format", FORMAT);
    for (CopyReport.TableReport t : report.tables()) {
      p.setProperty("table." + t.table() + ".rows", Long.toString(t.rows()));
      p.setProperty("table." + t.table() + ".checksum", t.checksum());
    }
    return p;
  }

  /** The tables whose rows or checksum differ from the manifest. */
  private static List<String> differingTables(Properties manifest, Report restored) {
    List<String> differences = new ArrayList<>();
    for (CopyReport.TableReport t : restored.tables()) {
      String rows = manifest.getProperty("table." + t.table() + ".rows");
      String checksum = manifest.getProperty("table." + t.table() + ".checksum");
      if (!Long.toString(t.rows()).equals(rows) || !t.checksum().equals(checksum)) {
        differences.add(t.table());
      }
    }
    return differences;
  }

  private Connection connect(String url) throws SQLException {
    return connect(url, user, password);
  }

  /** A connection with the site's credentials, either possibly unset (H2's default user has none). */
  static Connection connect(String url, String user, String password) throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user == null ? "" : user);
    properties.setProperty("password", password == null ? "" : password);
    return DriverManager.getConnection(url, properties);
  }

  /**
   * Writes the whole database as SQL, as one instant saw it. The isolation is set before the
   * transaction's first statement: H2 takes a {@code SNAPSHOT} transaction's view of every table
   * at that statement, here the {@code SCRIPT} itself.
   */
  private static void writeSnapshot(Connection c, Path script) throws SQLException {
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SNAPSHOT");
      s.execute("SCRIPT TO " + quoted(script) + " COMPRESSION GZIP");
    } finally {
      c.rollback();
    }
  }

  /** Builds a new database in {@code dir} from the script; only its file is kept. */
  private void replay(Path script, Path dir) throws IOException {
    Files.createDirectories(dir);
    // RUNSCRIPT leaves the file loose (100,000 articles: 1.1 GB where 431 MB hold it), and a site
    // restored from it would spend hours compacting it in the background (see H2Compaction):
    // the rewrite writes it dense (and uncompressed, see H2Compaction), the database closed first.
    try (Connection c = connect(Settings.h2Url(dir))) {
      try (Statement s = c.createStatement()) {
        s.execute("RUNSCRIPT FROM " + quoted(script) + " COMPRESSION GZIP");
      }
      H2Compaction.shutDownAndRewrite(c, dir, dir.resolve(DATABASE_FILE));
    } catch (SQLException e) {
      throw new IllegalStateException("RUNSCRIPT of the backup's snapshot failed: " + e.getMessage(), e);
    }
  }

  private static String quoted(Path file) {
    return "'" + file.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  private static boolean isEmptyOrAbsent(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Beside the archive: the copy may be as large as the database, and the archive's disk has room for it. */
  private static Path tempDirBeside(Path archive) {
    try {
      Path parent = archive.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, ".kiosque-backup-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(H2Backup::deleteQuietly);
    } catch (IOException e) {
      // Only temporary files are left behind.
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException e) {
      // A leftover temporary file is harmless.
    }
  }
}
