package kiosque.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.h2.api.ErrorCode;

/**
 * Notices that H2 closed the embedded database under the process, and says so once.
 *
 * <p>H2 closes the whole database when its store fails inside (a "panic", e.g. the known chunk-map
 * race h2database#4383, met once in our CI) or when someone runs {@code SHUTDOWN}. Every statement
 * then answers "database closed", and the pool hands the dead connections out again and again: a
 * served site would fail every page until restarted. Opening the database again inside the same
 * process was tried and not kept (session 15): once in three CI runs the reopened site served an
 * older state, likely one of the node's threads opening the file while the closed instance was still
 * letting go of it. A new process reads the file the way H2's recovery expects, so a node that sees
 * this stops, and its supervisor starts it again (docs/deployment.md, "When H2 closes the database
 * under the site").
 *
 * <p>The pool consults this for every error a connection raises; the rule only watches, it does not
 * change what the pool does with the connection.
 */
final class ClosedStoreWatch implements SQLExceptionOverride {

  private final AtomicBoolean fired = new AtomicBoolean();
  private volatile boolean closing;
  private volatile Runnable onClosed = () -> { };

  /** What to do the first time the database is found closed (nothing by default: a command fails). */
  void onClosed(Runnable action) {
    this.onClosed = action;
  }

  /** The process closes the database itself from now on: "closed" is then expected, not a failure. */
  void closing() {
    closing = true;
  }

  @java.lang.Override
  public Override adjudicate(SQLException e) {
    if (!closing && closedUnderUs(e) && fired.compareAndSet(false, true)) {
      onClosed.run();
    }
    return Override.CONTINUE_EVICT;
  }

  /** H2's "database closed", or the statement that met the store's failure itself. */
  static boolean closedUnderUs(SQLException e) {
    return switch (e.getErrorCode()) {
      // H2 2.5 answers a statement on a closed database with 90121 ("Database is already closed"),
      // whatever closed it, not only its hook at the JVM's exit; 90098 is the same in other paths.
      case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN -> true;
      case ErrorCode.GENERAL_ERROR_1 -> String.valueOf(e.getMessage()).contains("MVStoreException");
      default -> false;
    };
  }
}
