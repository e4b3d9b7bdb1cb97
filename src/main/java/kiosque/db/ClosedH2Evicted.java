package kiosque.db;

import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.h2.api.ErrorCode;

/**
 * Tells the pool that a connection to an embedded database H2 has closed is dead. H2 closes the
 * whole database when its store fails inside (a "panic", e.g. its known chunk-map race,
 * h2database#4383) or at {@code SHUTDOWN}; its connections then answer every statement with
 * "database closed", an error the pool does not know as a lost connection. The pool handed them
 * out again and again (it checks a connection only after half a second unused, and a busy site
 * uses each sooner), so every page failed until the node restarted. Evicted, the next connection
 * opens the database again from its file, as a restart would: what was written survives.
 */
public final class ClosedH2Evicted implements SQLExceptionOverride {

  @java.lang.Override
  public Override adjudicate(SQLException e) {
    return switch (e.getErrorCode()) {
      case ErrorCode.DATABASE_IS_CLOSED, ErrorCode.DATABASE_CALLED_AT_SHUTDOWN, ErrorCode.CONNECTION_BROKEN_1 ->
          Override.MUST_EVICT;
      // The statement that met the store's failure: a general error whose cause is the store's.
      case ErrorCode.GENERAL_ERROR_1 -> String.valueOf(e.getMessage()).contains("MVStoreException")
          ? Override.MUST_EVICT : Override.CONTINUE_EVICT;
      default -> Override.CONTINUE_EVICT;
    };
  }
}
