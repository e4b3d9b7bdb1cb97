package kiosque.imports;

import java.sql.SQLException;
import kiosque.content.InvalidContentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides, when saving one line or item failed, whose fault it was. The database refusing this
 * row's values (SQL states 22, data exception, and 23, integrity constraint) is the item's: it is
 * reported and the import goes on. Any other failure of the database (a lost connection, a closed
 * pool, a server shutting down) is not: the next items would fail the same way, so the import
 * stops, with what it did so far. An exception outside the database, raised by the rules applied to
 * this item's data, is the item's too (and logged with its trace: it is a rule to fix).
 */
final class ItemFailures {

  private static final Logger log = LoggerFactory.getLogger(ItemFailures.class);

  private ItemFailures() {}

  /** True when the import cannot go on: the database itself failed. */
  static boolean databaseFailed(RuntimeException e) {
    SQLException sql = sqlCause(e);
    if (sql == null) {
      return false;
    }
    String state = sql.getSQLState();
    return state == null || !(state.startsWith("22") || state.startsWith("23"));
  }

  /** Why the item failed, in one line, for its {@link LineError}. */
  static String reason(RuntimeException e) {
    if (e instanceof InvalidContentException) {
      return e.getMessage();
    }
    SQLException sql = sqlCause(e);
    if (sql != null) {
      return "the database refused it: " + firstLine(sql.getMessage());
    }
    log.warn("An import item failed outside the content rules", e);
    return "it could not be imported (" + e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()) + ")";
  }

  /** The cause, with its statement left out: H2 appends the whole SQL, PostgreSQL a detail line. */
  static String databaseMessage(RuntimeException e) {
    SQLException sql = sqlCause(e);
    return firstLine(sql == null ? e.getMessage() : sql.getMessage());
  }

  private static SQLException sqlCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLException sql) {
        return sql;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "no message";
    }
    String line = message.lines().findFirst().orElse("").strip();
    int statement = line.indexOf("; SQL statement");
    return statement > 0 ? line.substring(0, statement) : line;
  }
}
