package kiosque.newsroom.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing: after {@link #PER_ACCOUNT} failures on one account, or
 * {@link #PER_ADDRESS} from one address, within {@link #WINDOW}, logins there are refused until
 * the window slides past. Kept in the database so every node counts the same failures.
 */
final class LoginThrottle {

  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);

  private final Jdbi jdbi;
  private final Clock clock;

  LoginThrottle(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  boolean blocked(String emailKey, String address) {
    Instant since = clock.instant().minus(WINDOW);
    return jdbi.withHandle(h -> {
      int forAccount = h.createQuery("select count(*) from login_failure where email_key = :key and failed_at > :since")
          .bind("key", emailKey).bind("since", since.atOffset(ZoneOffset.UTC)).mapTo(Integer.class).one();
      int fromAddress = h.createQuery("select count(*) from login_failure where address = :address and failed_at > :since")
          .bind("address", address).bind("since", since.atOffset(ZoneOffset.UTC)).mapTo(Integer.class).one();
      return forAccount >= PER_ACCOUNT || fromAddress >= PER_ADDRESS;
    });
  }

  void failed(String emailKey, String address) {
    jdbi.useHandle(h -> {
      h.createUpdate("insert into login_failure (email_key, address, failed_at) values (:key, :address, :at)")
          .bind("key", emailKey).bind("address", address).bind("at", clock.instant().atOffset(ZoneOffset.UTC))
          .execute();
      // Old rows only slow the counts down; drop them as we go.
      h.createUpdate("delete from login_failure where failed_at < :old")
          .bind("old", clock.instant().minus(WINDOW.multipliedBy(4)).atOffset(ZoneOffset.UTC)).execute();
    });
  }

  /** A successful login clears the account's failures (not the address's: one success proves little). */
  void succeeded(String emailKey) {
    jdbi.useHandle(h -> h.createUpdate("delete from login_failure where email_key = :key").bind("key", emailKey).execute());
  }
}
