package kiosque.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.SQLExceptionOverride.Override;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.junit.jupiter.api.Test;

class ClosedH2EvictedTest {

  final ClosedH2Evicted rule = new ClosedH2Evicted();

  @Test
  void aClosedDatabasesConnectionIsDropped() {
    assertThat(rule.adjudicate(h2("Database is already closed", ErrorCode.DATABASE_IS_CLOSED)))
        .isEqualTo(Override.MUST_EVICT);
    assertThat(rule.adjudicate(h2("Database is shutting down", ErrorCode.DATABASE_CALLED_AT_SHUTDOWN)))
        .isEqualTo(Override.MUST_EVICT);
    assertThat(rule.adjudicate(h2("Connection is broken", ErrorCode.CONNECTION_BROKEN_1)))
        .isEqualTo(Override.MUST_EVICT);
  }

  @Test
  void theStatementThatMetTheStoresFailureDropsItsConnection() {
    assertThat(rule.adjudicate(h2("General error: \"org.h2.mvstore.MVStoreException: java.lang.AssertionError: 5 (5)\"",
        ErrorCode.GENERAL_ERROR_1))).isEqualTo(Override.MUST_EVICT);
  }

  @Test
  void otherErrorsAreLeftToThePoolsOwnRules() {
    assertThat(rule.adjudicate(h2("General error: \"java.lang.NullPointerException\"", ErrorCode.GENERAL_ERROR_1)))
        .isEqualTo(Override.CONTINUE_EVICT);
    assertThat(rule.adjudicate(h2("Syntax error in SQL statement", ErrorCode.SYNTAX_ERROR_2)))
        .isEqualTo(Override.CONTINUE_EVICT);
    assertThat(rule.adjudicate(h2("Unique index or primary key violation", ErrorCode.DUPLICATE_KEY_1)))
        .isEqualTo(Override.CONTINUE_EVICT);
    assertThat(rule.adjudicate(new SQLException(null, null, ErrorCode.GENERAL_ERROR_1)))
        .isEqualTo(Override.CONTINUE_EVICT);
  }

  private static SQLException h2(String message, int code) {
    return new SQLException(message, String.valueOf(code), code);
  }
}
