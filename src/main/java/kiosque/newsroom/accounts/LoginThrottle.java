package kiosque.newsroom.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jdbi.v3.core.Jdbi;

/**
 * Slows password guessing without handing a stranger the power to keep an editor out. Failures
 * are counted per account <em>and</em> address: from the {@link #FREE_FAILURES}th failure on, that
 * pair waits {@link #FIRST_DELAY}, then twice as long after each further failure, up to
 * {@link #LONGEST_DELAY}; during the wait even the right password is refused from that address, so
 * guessing stays slow. The same account from another address is not refused. Two wider nets stay,
 * within {@link #WINDOW}: {@link #PER_ADDRESS} failures from one address on any accounts refuse
 * that address; failures on one account from {@link #PER_ACCOUNT} or more different addresses (a
 * spread-out attack) make every attempt on that account wait a moment before its answer, from
 * {@link #FIRST_ACCOUNT_PAUSE} doubling to at most {@link #LONGEST_ACCOUNT_PAUSE}: a cost on each
 * guess, never a refusal, so no number of strangers can lock the editor out from a clean address.
 * Kept in the database so every node counts the same failures (docs/newsroom.md, "Connexion").
 */
final class LoginThrottle {

  /** What the throttle says of one attempt: refused outright, or answered after a pause (often zero). */
  record Verdict(boolean refused, Duration pause) {
    static final Verdict GO = new Verdict(false, Duration.ZERO);
  }

  /** Distinct addresses failing on one account within the window: a spread-out attack, slowed. */
  static final int PER_ACCOUNT = 5;
  static final int PER_ADDRESS = 20;
  static final Duration WINDOW = Duration.ofMinutes(15);
  /** Typos are free: the delays start at this failure of one account from one address. */
  static final int FREE_FAILURES = 3;
  static final Duration FIRST_DELAY = Duration.ofSeconds(30);
  static final Duration LONGEST_DELAY = Duration.ofHours(1);
  /** Capped low: the editor herself pays it too, and it must stay a wait, not a lock. */
  static final Duration FIRST_ACCOUNT_PAUSE = Duration.ofMillis(250);
  static final Duration LONGEST_ACCOUNT_PAUSE = Duration.ofSeconds(2);
  /** How long a pair's failures are remembered (a success from that address forgets them at once). */
  static final Duration MEMORY = Duration.ofHours(24);

  private final Jdbi jdbi;
  private final Clock clock;

  LoginThrottle(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  Verdict check(String emailKey, String address) {
    Instant now = clock.instant();
    OffsetDateTime since = now.minus(WINDOW).atOffset(ZoneOffset.UTC);
    return jdbi.withHandle(h -> {
      var pair = h.createQuery("""
              select count(*) as failures, max(failed_at) as last from login_failure
              where email_key = :key and address = :address and failed_at > :remembered
              """)
          .bind("key", emailKey).bind("address", address).bind("remembered", now.minus(MEMORY).atOffset(ZoneOffset.UTC))
          .map((rs, ctx) -> new Object[] {rs.getInt("failures"), rs.getObject("last", OffsetDateTime.class)}).one();
      int failures = (Integer) pair[0];
      if (failures > 0 && now.isBefore(((OffsetDateTime) pair[1]).toInstant().plus(delayAfter(failures)))) {
        return new Verdict(true, Duration.ZERO);
      }
      int fromAddress = h.createQuery("select count(*) from login_failure where address = :address and failed_at > :since")
          .bind("address", address).bind("since", since).mapTo(Integer.class).one();
      if (fromAddress >= PER_ADDRESS) {
        return new Verdict(true, Duration.ZERO);
      }
      int addresses = h.createQuery("""
              select count(distinct address) from login_failure where email_key = :key and failed_at > :since
              """)
          .bind("key", emailKey).bind("since", since).mapTo(Integer.class).one();
      Duration pause = accountPause(addresses);
      return pause.isZero() ? Verdict.GO : new Verdict(false, pause);
    });
  }

  /**
   * How long every attempt on an account waits once {@code addresses} different addresses failed
   * on it within the window: nothing below {@link #PER_ACCOUNT}, then doubling, capped low.
   */
  static Duration accountPause(int addresses) {
    if (addresses < PER_ACCOUNT) {
      return Duration.ZERO;
    }
    int doublings = Math.min(addresses - PER_ACCOUNT, 20);
    Duration pause = FIRST_ACCOUNT_PAUSE.multipliedBy(1L << doublings);
    return pause.compareTo(LONGEST_ACCOUNT_PAUSE) > 0 ? LONGEST_ACCOUNT_PAUSE : pause;
  }

  /** How long one address waits on one account after its {@code failures}th failure in a row. */
  static Duration delayAfter(int failures) {
    if (failures < FREE_FAILURES) {
      return Duration.ZERO;
    }
    int doublings = Math.min(failures - FREE_FAILURES, 20);
    Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
    return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
  }

  void failed(String emailKey, String address) {
    jdbi.useHandle(h -> {
      h.createUpdate("insert into login_failure (email_key, address, failed_at) values (:key, :address, :at)")
          .bind("key", emailKey).bind("address", address).bind("at", clock.instant().atOffset(ZoneOffset.UTC))
          .execute();
      // Old rows only slow the counts down; drop them as we go.
      h.createUpdate("delete from login_failure where failed_at < :old")
          .bind("old", clock.instant().minus(MEMORY).atOffset(ZoneOffset.UTC)).execute();
    });
  }

  /**
   * A successful login clears that address's failures on the account, not the others': the
   * editor's success must not reset a guesser elsewhere.
   */
  void succeeded(String emailKey, String address) {
    jdbi.useHandle(h -> h.createUpdate("delete from login_failure where email_key = :key and address = :address")
        .bind("key", emailKey).bind("address", address).execute());
  }
}
