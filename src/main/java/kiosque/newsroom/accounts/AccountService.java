package kiosque.newsroom.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.shell.Session;

/**
 * The rules about accounts: who may create, reset and disable them, how a login is checked and
 * throttled, and the audit trail each of these leaves.
 */
public final class AccountService {

  private static final String EMAIL = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+";

  private final AccountStore store;
  private final Passwords passwords;
  private final Sessions sessions;
  private final LoginThrottle throttle;
  private final AuditLog audit;
  private final Permissions permissions;
  private final Clock clock;
  /** How an attempt waits the throttle's pause: a sleep, replaced in tests to observe it. */
  private volatile Consumer<Duration> pause = AccountService::sleep;
  /** Checked when the account is unknown, so a wrong address takes as long as a wrong password. */
  private volatile String decoyHash;

  public AccountService(org.jdbi.v3.core.Jdbi jdbi, Sessions sessions, AuditLog audit, Permissions permissions,
      Clock clock, Passwords passwords) {
    this.store = new AccountStore(jdbi);
    this.passwords = passwords;
    this.sessions = sessions;
    this.throttle = new LoginThrottle(jdbi, clock);
    this.audit = audit;
    this.permissions = permissions;
    this.clock = clock;
  }

  /** Made on first need: hashing costs tens of milliseconds, and most processes never need it. */
  private String decoyHash() {
    String hash = decoyHash;
    if (hash == null) {
      hash = passwords.hash("decoy password, never used");
      decoyHash = hash;
    }
    return hash;
  }

  /** Creates an account; {@code actor} must be an administrator unless it is the operator's CLI. */
  public Account create(Actor actor, String email, String displayName, Role role, char[] password) {
    requireAdmin(actor);
    String address = email == null ? "" : email.strip();
    if (!address.matches(EMAIL) || address.length() > 320) {
      throw new AccountException(AccountException.Reason.NOT_AN_EMAIL, address);
    }
    if (store.exists(address)) {
      throw new AccountException(AccountException.Reason.EMAIL_TAKEN, address);
    }
    String weakness = Passwords.weakness(java.nio.CharBuffer.wrap(password));
    if (weakness != null) {
      throw new AccountException(AccountException.Reason.WEAK_PASSWORD, String.valueOf(Passwords.MIN_LENGTH));
    }
    String name = displayName == null || displayName.isBlank() ? address.substring(0, address.indexOf('@')) : displayName.strip();
    long id = store.insert(address, name, role, passwords.hash(java.nio.CharBuffer.wrap(password)), clock.instant());
    audit.record(actor, "account.create", address + " (" + role.code() + ")");
    return store.byId(id).orElseThrow();
  }

  public LoginResult login(String email, String password, String address) {
    String key = AccountStore.key(email == null ? "" : email);
    LoginThrottle.Verdict verdict = throttle.check(key, address);
    if (verdict.refused()) {
      audit.record(Actor.operator(address), "login.throttled", key);
      return LoginResult.refused(LoginResult.Refusal.THROTTLED);
    }
    if (!verdict.pause().isZero()) {
      // A spread-out attack on this account: each attempt costs a moment, the owner's included; never a refusal.
      pause.accept(verdict.pause());
    }
    Optional<AccountStore.Credentials> found = key.isEmpty() ? Optional.empty() : store.credentials(key);
    boolean matches = passwords.matches(password == null ? "" : password,
        found.map(AccountStore.Credentials::passwordHash).orElseGet(this::decoyHash));
    if (found.isEmpty() || !matches || found.get().account().disabled()) {
      throttle.failed(key, address);
      audit.record(Actor.operator(address), "login.failed", key);
      return LoginResult.refused(LoginResult.Refusal.BAD_CREDENTIALS);
    }
    Account account = found.get().account();
    throttle.succeeded(key, address);
    Session session = sessions.open(account);
    audit.record(new Actor(account, address), "login", "");
    return LoginResult.success(session);
  }

  /** Tests observe the pauses instead of waiting them. */
  void pauseWith(Consumer<Duration> pause) {
    this.pause = pause;
  }

  private static void sleep(Duration pause) {
    try {
      Thread.sleep(pause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public void logout(Session session, String address) {
    sessions.close(session.token());
    audit.record(new Actor(session.account(), address), "logout", "");
  }

  /** Ends every session of the actor's own account: "log out everywhere". */
  public int logoutEverywhere(Actor actor) {
    int closed = sessions.closeAll(actor.account().id());
    audit.record(actor, "logout.everywhere", closed + " sessions");
    return closed;
  }

  /** An administrator sets a new password; the account's sessions end with the old one. */
  public void resetPassword(Actor actor, long accountId, char[] password) {
    requireAdmin(actor);
    Account account = store.byId(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    String weakness = Passwords.weakness(java.nio.CharBuffer.wrap(password));
    if (weakness != null) {
      throw new AccountException(AccountException.Reason.WEAK_PASSWORD, String.valueOf(Passwords.MIN_LENGTH));
    }
    store.setPassword(accountId, passwords.hash(java.nio.CharBuffer.wrap(password)));
    sessions.closeAll(accountId);
    audit.record(actor, "account.password-reset", account.email());
  }

  public void setDisabled(Actor actor, long accountId, boolean disabled) {
    requireAdmin(actor);
    Account account = store.byId(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    if (disabled && actor.account() != null && actor.account().id() == accountId) {
      throw new AccountException(AccountException.Reason.CANNOT_DISABLE_SELF, "");
    }
    store.setDisabled(accountId, disabled);
    if (disabled) {
      sessions.closeAll(accountId);
    }
    audit.record(actor, disabled ? "account.disable" : "account.enable", account.email());
  }

  public void changeRole(Actor actor, long accountId, Role role) {
    requireAdmin(actor);
    Account account = store.byId(accountId).orElseThrow(() -> new NotFoundException("account " + accountId));
    if (actor.account() != null && actor.account().id() == accountId && role != Role.ADMINISTRATOR) {
      throw new AccountException(AccountException.Reason.CANNOT_DEMOTE_SELF, "");
    }
    store.setRole(accountId, role);
    audit.record(actor, "account.role", account.email() + " -> " + role.code());
  }

  public List<Account> accounts(Actor actor) {
    requireAdmin(actor);
    return store.all();
  }

  public Optional<Account> byId(long id) {
    return store.byId(id);
  }

  public long count() {
    return store.count();
  }

  private void requireAdmin(Actor actor) {
    if (actor.account() != null && !permissions.allows(actor.account().role(), Action.MANAGE_ACCOUNTS, false)) {
      throw new ForbiddenException(actor.name() + " may not manage accounts");
    }
  }
}
