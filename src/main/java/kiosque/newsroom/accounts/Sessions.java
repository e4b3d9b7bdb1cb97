package kiosque.newsroom.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Session;
import kiosque.newsroom.shell.SessionLookup;
import org.jdbi.v3.core.Jdbi;

/**
 * Sessions stored in the database, so any node can serve the newsroom. The cookie carries 32
 * random bytes; the table keeps their SHA-256, so reading the table opens no session. A session
 * ends after {@link #IDLE} without a request, at logout, or when its account is disabled.
 */
public final class Sessions implements SessionLookup {

  static final Duration IDLE = Duration.ofHours(12);
  /** last_seen_at is written at most this often, so reading pages does not write on every request. */
  private static final Duration TOUCH = Duration.ofMinutes(1);

  private final SecureRandom random = new SecureRandom();
  private final Jdbi jdbi;
  private final Clock clock;

  public Sessions(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /** Opens a session; expired ones are swept here, since a login is rare and cheap to extend. */
  Session open(Account account) {
    String token = randomToken();
    String csrf = randomToken();
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    jdbi.useHandle(h -> h.createUpdate("delete from account_session where last_seen_at < :expired")
        .bind("expired", now.minus(IDLE)).execute());
    jdbi.useHandle(h -> h.createUpdate("""
            insert into account_session (token_hash, account_id, csrf_token, created_at, last_seen_at)
            values (:hash, :account, :csrf, :now, :now)
            """)
        .bind("hash", hash(token)).bind("account", account.id()).bind("csrf", csrf).bind("now", now).execute());
    return new Session(token, account, csrf);
  }

  /** The live session of a cookie value, if there is one and its account is enabled. */
  @Override
  public Optional<Session> find(String token) {
    if (token == null || token.isBlank() || token.length() > 100) {
      return Optional.empty();
    }
    String hash = hash(token);
    Instant now = clock.instant();
    record Row(Account account, String csrf, Instant lastSeen) {}
    Optional<Row> row = jdbi.withHandle(h -> h.createQuery("""
            select a.id, a.email, a.display_name, a.role, a.disabled, a.created_at, s.csrf_token, s.last_seen_at
            from account_session s join account a on a.id = s.account_id
            where s.token_hash = :hash
            """)
        .bind("hash", hash)
        .map((rs, ctx) -> new Row(AccountStore.map(rs), rs.getString("csrf_token"),
            rs.getObject("last_seen_at", OffsetDateTime.class).toInstant()))
        .findOne());
    if (row.isEmpty() || row.get().account().disabled() || row.get().lastSeen().plus(IDLE).isBefore(now)) {
      row.ifPresent(r -> close(token));
      return Optional.empty();
    }
    if (row.get().lastSeen().plus(TOUCH).isBefore(now)) {
      jdbi.useHandle(h -> h.createUpdate("update account_session set last_seen_at = :now where token_hash = :hash")
          .bind("now", now.atOffset(ZoneOffset.UTC)).bind("hash", hash).execute());
    }
    return Optional.of(new Session(token, row.get().account(), row.get().csrf()));
  }

  public void close(String token) {
    if (token != null) {
      jdbi.useHandle(h -> h.createUpdate("delete from account_session where token_hash = :hash")
          .bind("hash", hash(token)).execute());
    }
  }

  /** Ends every session of the account, on every device and node. */
  public int closeAll(long accountId) {
    return jdbi.withHandle(h -> h.createUpdate("delete from account_session where account_id = :id")
        .bind("id", accountId).execute());
  }

  public int countFor(long accountId) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from account_session where account_id = :id")
        .bind("id", accountId).mapTo(Integer.class).one());
  }

  /** A fresh unguessable token (256 bits), also used for the login form's CSRF cookie. */
  @Override
  public String randomToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static String hash(String token) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
