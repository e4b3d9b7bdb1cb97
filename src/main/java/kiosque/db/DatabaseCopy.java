package kiosque.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Copies every table of one database into another with the same migrations applied (H2 to
 * PostgreSQL): tables in foreign-key order, rows in JDBC batches, identities restarted after the
 * highest copied value, then counts and checksums compared on both sides.
 *
 * <p>Everything is written in one transaction on the target, committed only when the checksums
 * agree: an interrupted or failed copy leaves the target empty, so running again simply starts
 * over. A target that already holds exactly the source's content is left alone (a re-run after
 * success); any other non-empty target is refused.
 */
public final class DatabaseCopy {

  /** Binary values held in one JDBC batch at most (one image larger than this still goes alone). */
  static final long MAX_BATCH_BYTES = 32L * 1024 * 1024;

  private final Database source;
  private final Database target;
  private final int batchSize;

  public DatabaseCopy(Database source, Database target, int batchSize) {
    this.source = source;
    this.target = target;
    this.batchSize = batchSize;
  }

  public CopyReport run(CopyProgress progress) {
    long started = System.nanoTime();
    try (Connection from = source.dedicatedConnection(); Connection to = target.dedicatedConnection()) {
      List<Table> tables = Schema.tablesInDependencyOrder(from);
      checkSameTables(tables, Schema.tablesInDependencyOrder(to));
      Map<String, Long> targetRows = counts(to, tables);
      CopyReport.Outcome outcome;
      List<CopyReport.TableReport> reports;
      if (targetRows.values().stream().allMatch(n -> n == 0)) {
        reports = copy(from, to, tables, progress);
        outcome = CopyReport.Outcome.COPIED;
      } else {
        progress.verifying();
        reports = digests(from, tables);
        List<String> differences = differences(reports, digests(to, tables));
        if (!differences.isEmpty()) {
          throw new CopyRefusedException(CopyRefusedException.Reason.TARGET_DIFFERS, String.join("; ", differences));
        }
        outcome = CopyReport.Outcome.ALREADY_COPIED;
      }
      return new CopyReport(outcome, reports, Duration.ofNanos(System.nanoTime() - started));
    } catch (SQLException e) {
      // Rolled back (a row the target refuses, a lost connection): nothing is written, say why.
      throw new CopyRefusedException(CopyRefusedException.Reason.FAILED, String.valueOf(e.getMessage()));
    }
  }

  private List<CopyReport.TableReport> copy(Connection from, Connection to, List<Table> tables, CopyProgress progress)
      throws SQLException {
    progress.started(counts(from, tables).values().stream().mapToLong(Long::longValue).sum());
    to.setAutoCommit(false);
    try {
      List<CopyReport.TableReport> copied = new ArrayList<>();
      for (Table table : tables) {
        copied.add(copyTable(from, to, table, progress));
        restartIdentities(to, table);
      }
      progress.verifying();
      List<String> differences = differences(copied, digests(to, tables));
      // A second reading of the source: equal unless someone wrote to it during the copy.
      differences.addAll(differences(copied, digests(from, tables)));
      if (!differences.isEmpty()) {
        throw new CopyRefusedException(CopyRefusedException.Reason.COPY_MISMATCH, String.join("; ", differences));
      }
      to.commit();
      return copied;
    } catch (SQLException | RuntimeException e) {
      to.rollback();
      throw e;
    }
  }

  private CopyReport.TableReport copyTable(Connection from, Connection to, Table table, CopyProgress progress)
      throws SQLException {
    TableDigest digest = new TableDigest();
    try (Statement select = from.createStatement(); PreparedStatement insert = to.prepareStatement(table.insert())) {
      select.setFetchSize(batchSize);
      try (ResultSet rs = select.executeQuery(table.selectAll())) {
        int pending = 0;
        long pendingBytes = 0;
        while (rs.next()) {
          Object[] values = digest.add(rs, table);
          for (int i = 0; i < values.length; i++) {
            insert.setObject(i + 1, values[i]);
            if (values[i] instanceof byte[] bytes) {
              pendingBytes += bytes.length;
            }
          }
          insert.addBatch();
          // Images (media_file) are up to 10 MB a row: a batch is bounded in bytes too, not only in rows.
          if (++pending == batchSize || pendingBytes >= MAX_BATCH_BYTES) {
            insert.executeBatch();
            progress.copied(table.name(), pending);
            pending = 0;
            pendingBytes = 0;
          }
        }
        if (pending > 0) {
          insert.executeBatch();
          progress.copied(table.name(), pending);
        }
      }
    }
    return new CopyReport.TableReport(table.name(), digest.rows(), digest.checksum());
  }

  /** The next generated value follows the highest copied one, as if the rows had been made here. */
  private static void restartIdentities(Connection to, Table table) throws SQLException {
    for (String column : table.identities()) {
      long next;
      try (Statement s = to.createStatement();
          ResultSet rs = s.executeQuery("select coalesce(max(" + column + "), 0) + 1 from " + table.name())) {
        rs.next();
        next = rs.getLong(1);
      }
      try (Statement s = to.createStatement()) {
        s.execute("alter table " + table.name() + " alter column " + column + " restart with " + next);
      }
    }
  }

  private static Map<String, Long> counts(Connection connection, List<Table> tables) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Table table : tables) {
      try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + table.name())) {
        rs.next();
        counts.put(table.name(), rs.getLong(1));
      }
    }
    return counts;
  }

  private List<CopyReport.TableReport> digests(Connection connection, List<Table> tables) throws SQLException {
    List<CopyReport.TableReport> reports = new ArrayList<>();
    for (Table table : tables) {
      TableDigest digest = new TableDigest();
      try (Statement s = connection.createStatement()) {
        s.setFetchSize(batchSize);
        try (ResultSet rs = s.executeQuery(table.selectAll())) {
          while (rs.next()) {
            digest.add(rs, table);
          }
        }
      }
      reports.add(new CopyReport.TableReport(table.name(), digest.rows(), digest.checksum()));
    }
    return reports;
  }

  private static List<String> differences(List<CopyReport.TableReport> expected, List<CopyReport.TableReport> actual) {
    List<String> differences = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      CopyReport.TableReport want = expected.get(i);
      CopyReport.TableReport got = actual.get(i);
      if (want.rows() != got.rows()) {
        differences.add(want.table() + " (" + got.rows() + "/" + want.rows() + ")");
      } else if (!Objects.equals(want.checksum(), got.checksum())) {
        differences.add(want.table());
      }
    }
    return differences;
  }

  private static void checkSameTables(List<Table> source, List<Table> target) {
    Map<String, List<String>> want = new LinkedHashMap<>();
    source.forEach(t -> want.put(t.name(), t.columns().stream().sorted().toList()));
    Map<String, List<String>> got = new LinkedHashMap<>();
    target.forEach(t -> got.put(t.name(), t.columns().stream().sorted().toList()));
    if (!want.equals(got)) {
      throw new CopyRefusedException(CopyRefusedException.Reason.SCHEMAS_DIFFER, String.join(", ", want.keySet()),
          String.join(", ", got.keySet()));
    }
  }
}
