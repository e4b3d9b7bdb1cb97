package kiosque.newsroom.accounts;

import java.nio.CharBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.UnaryOperator;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import kiosque.web.Messages;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One-time password-reset links. An administrator issues one for an account; it is valid
 * {@link #VALID}, once, and only its SHA-256 is stored. Setting the password through it marks it
 * used and ends every session of the account, in one transaction. When SMTP is configured the link
 * is also e-mailed to the account, in the site's language; a mail that fails loses nothing, since
 * the administrator's page shows the link either way.
 */
public final class PasswordResets {

  static final Duration VALID = Duration.ofHours(24);
  private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

  /** Why a link does not open the form. */
  public enum Refusal { UNKNOWN, USED, EXPIRED }

  /** A link that cannot be used, and why. */
  public static final class ResetRefusedException extends RuntimeException {
    private final Refusal refusal;

    ResetRefusedException(Refusal refusal) {
      super(refusal.name(), null, false, false);
      this.refusal = refusal;
    }

    public Refusal refusal() {
      return refusal;
    }
  }

  /** A new password that is refused: the two differ, or it is too weak. */
  public static final class PasswordRefusedException extends RuntimeException {
    PasswordRefusedException(String messageKey) {
      super(messageKey, null, false, false);
    }

    /** The bundle key of the reason. */
    public String messageKey() {
      return getMessage();
    }
  }

  /** What happened to the e-mail of a new link. */
  public enum Mail { SENT, NOT_CONFIGURED, FAILED }

  /** A link just issued: shown once to the administrator. */
  public record Issued(Account account, String link, Mail mail) {}

  private final Jdbi jdbi;
  private final AccountStore accounts;
  private final Passwords passwords;
  private final Sessions sessions;
  private final AuditLog audit;
  private final Permissions permissions;
  private final Clock clock;
  private final Optional<Mailer> mailer;
  private final Messages messages;
  private final String siteName;

  public PasswordResets(Jdbi jdbi, Sessions sessions, AuditLog audit, Permissions permissions, Clock clock,
      kiosque.config.Settings settings, Messages messages) {
    this.jdbi = jdbi;
    this.accounts = new AccountStore(jdbi);
    this.sessions = sessions;
    this.audit = audit;
    this.permissions = permissions;
    this.clock = clock;
    this.mailer = MailSettings.from(settings.source()).map(Mailer::new);
    this.messages = messages;
    this.siteName = settings.siteName();
    this.passwords = new Passwords(settings.passwordCost());
  }

  /**
   * Issues a link for the account; {@code linkTo} turns the token into the page's full address.
   * Earlier unused links of the account stay valid until they expire or one is used.
   */
  public Issued issue(Actor actor, long accountId, UnaryOperator<String> linkTo) {
    if (actor.account() != null && !permissions.allows(actor.account().role(), Action.MANAGE_ACCOUNTS, false)) {
      throw new ForbiddenException(actor.name() + " may not issue password-reset links");
    }
    Account account = accounts.byId(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    String token = sessions.randomToken();
    Instant now = clock.instant();
    jdbi.useHandle(h -> h.createUpdate("""
            insert into password_reset (token_hash, account_id, issued_by, created_at, expires_at)
            values (:hash, :account, :by, :now, :expires)
            """)
        .bind("hash", Sessions.hash(token)).bind("account", accountId).bind("by", actor.accountId())
        .bind("now", now.atOffset(ZoneOffset.UTC)).bind("expires", now.plus(VALID).atOffset(ZoneOffset.UTC))
        .execute());
    String link = linkTo.apply(token);
    Mail mail = mailer.map(m -> send(m, account, link)).orElse(Mail.NOT_CONFIGURED);
    audit.record(actor, "account.reset-link", account.email());
    return new Issued(account, link, mail);
  }

  private Mail send(Mailer m, Account account, String link) {
    try {
      m.send(account.email(), messages.format("nr.reset.mail.subject", siteName),
          messages.format("nr.reset.mail.body", account.displayName(), siteName, link, VALID.toHours()));
      return Mail.SENT;
    } catch (jakarta.mail.MessagingException | RuntimeException e) {
      // The administrator sees the link and a warning: nothing is lost, the link is copied by hand.
      log.warn("Could not e-mail the password-reset link of account {}: {}", account.id(), e.toString());
      return Mail.FAILED;
    }
  }

  /** The account a link opens, or why it does not. */
  public Account check(String token) {
    return accounts.byId(valid(token).accountId()).orElseThrow(() -> new ResetRefusedException(Refusal.UNKNOWN));
  }

  /**
   * Sets the password through the link: marks the link used, sets the hash and ends the account's
   * sessions in one transaction, so a link raced twice sets one password only.
   */
  public Account complete(String token, char[] password, char[] again, String address) {
    Row row = valid(token);
    try {
      if (!Arrays.equals(password, again)) {
        throw new PasswordRefusedException("nr.reset.mismatch");
      }
      if (Passwords.weakness(CharBuffer.wrap(password)) != null) {
        throw new PasswordRefusedException("nr.reset.weak");
      }
      String hash = passwords.hash(CharBuffer.wrap(password));
      Instant now = clock.instant();
      jdbi.useTransaction(h -> {
        int claimed = h.createUpdate("""
                update password_reset set used_at = :now
                where token_hash = :hash and used_at is null and expires_at > :now
                """)
            .bind("now", now.atOffset(ZoneOffset.UTC)).bind("hash", Sessions.hash(token)).execute();
        if (claimed != 1) {
          throw new ResetRefusedException(Refusal.USED);
        }
        h.createUpdate("update account set password_hash = :hash where id = :id")
            .bind("hash", hash).bind("id", row.accountId()).execute();
        h.createUpdate("delete from account_session where account_id = :id").bind("id", row.accountId()).execute();
      });
    } finally {
      Arrays.fill(password, '\0');
      Arrays.fill(again, '\0');
    }
    Account account = accounts.byId(row.accountId()).orElseThrow();
    audit.record(new Actor(account, address), "account.password-set", account.email());
    return account;
  }

  private record Row(long accountId, Instant expiresAt, boolean used) {}

  private Row valid(String token) {
    if (token == null || token.length() != 43) {
      throw new ResetRefusedException(Refusal.UNKNOWN);
    }
    Row row = jdbi.withHandle(h -> h.createQuery(
            "select account_id, expires_at, used_at from password_reset where token_hash = :hash")
        .bind("hash", Sessions.hash(token))
        .map((rs, ctx) -> new Row(rs.getLong("account_id"), rs.getObject("expires_at", OffsetDateTime.class).toInstant(),
            rs.getObject("used_at", OffsetDateTime.class) != null))
        .findOne()).orElseThrow(() -> new ResetRefusedException(Refusal.UNKNOWN));
    if (row.used()) {
      throw new ResetRefusedException(Refusal.USED);
    }
    if (!row.expiresAt().isAfter(clock.instant())) {
      throw new ResetRefusedException(Refusal.EXPIRED);
    }
    return row;
  }
}
