package kiosque.newsroom.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import org.jdbi.v3.core.Jdbi;

/** SQL for accounts. The password hash is read only to check a password. */
final class AccountStore {

  private static final String COLUMNS = "id, email, display_name, role, disabled, created_at";

  private final Jdbi jdbi;

  AccountStore(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  static String key(String email) {
    return email.strip().toLowerCase(Locale.ROOT);
  }

  long insert(String email, String displayName, Role role, String passwordHash, Instant now) {
    return jdbi.withHandle(h -> h.createUpdate("""
            insert into account (email, email_key, display_name, role, password_hash, created_at)
            values (:email, :key, :name, :role, :hash, :now)
            """)
        .bind("email", email.strip())
        .bind("key", key(email))
        .bind("name", displayName)
        .bind("role", role.code())
        .bind("hash", passwordHash)
        .bind("now", now.atOffset(ZoneOffset.UTC))
        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
  }

  boolean exists(String email) {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from account where email_key = :key")
        .bind("key", key(email)).mapTo(Integer.class).one() > 0);
  }

  Optional<Account> byId(long id) {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from account where id = :id")
        .bind("id", id).map((rs, ctx) -> map(rs)).findOne());
  }

  /** The account and its hash, for checking a password at login. */
  Optional<Credentials> credentials(String email) {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + ", password_hash from account where email_key = :key")
        .bind("key", key(email))
        .map((rs, ctx) -> new Credentials(map(rs), rs.getString("password_hash")))
        .findOne());
  }

  record Credentials(Account account, String passwordHash) {}

  List<Account> all() {
    return jdbi.withHandle(h -> h.createQuery("select " + COLUMNS + " from account order by disabled, display_name")
        .map((rs, ctx) -> map(rs)).list());
  }

  long count() {
    return jdbi.withHandle(h -> h.createQuery("select count(*) from account").mapTo(Long.class).one());
  }

  void setPassword(long id, String hash) {
    jdbi.useHandle(h -> h.createUpdate("update account set password_hash = :hash where id = :id")
        .bind("hash", hash).bind("id", id).execute());
  }

  void setDisabled(long id, boolean disabled) {
    jdbi.useHandle(h -> h.createUpdate("update account set disabled = :disabled where id = :id")
        .bind("disabled", disabled).bind("id", id).execute());
  }

  void setRole(long id, Role role) {
    jdbi.useHandle(h -> h.createUpdate("update account set role = :role where id = :id")
        .bind("role", role.code()).bind("id", id).execute());
  }

  static Account map(ResultSet rs) throws SQLException {
    return new Account(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
        Role.fromCode(rs.getString("role")), rs.getBoolean("disabled"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
