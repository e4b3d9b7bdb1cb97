package kiosque.newsroom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kiosque.Wiring;
import kiosque.config.PasswordCost;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Role;
import kiosque.newsroom.shell.Session;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@BothDatabases
class AccountServiceTest {

  @Parameter
  TestDatabase db;

  private static final char[] PASSWORD = "correct horse battery".toCharArray();
  private static final Actor CLI = Actor.operator("test");

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  AccountService accounts;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    accounts = wiring.accountService();
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void storesAnArgon2idHashAtTheSitesCostNeverThePassword() {
    wiring.close();
    wiring = new Wiring(TestSettings.in(dir, db).withPasswordCost(PasswordCost.OWASP_MINIMUM), clock);
    accounts = wiring.accountService();
    accounts.create(CLI, "Nadia@Example.ma", "Nadia", Role.EDITOR, PASSWORD.clone());

    String hash = wiring.database().jdbi().withHandle(h -> h.createQuery("select password_hash from account")
        .mapTo(String.class).one());
    assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("horse");
  }

  @Test
  void logsInWithTheRightPasswordWhateverTheAddressCase() {
    accounts.create(CLI, "nadia@example.ma", "Nadia", Role.EDITOR, PASSWORD.clone());

    LoginResult ok = accounts.login("NADIA@example.ma", "correct horse battery", "10.0.0.1");
    LoginResult wrong = accounts.login("nadia@example.ma", "wrong horse battery", "10.0.0.1");
    LoginResult unknown = accounts.login("nobody@example.ma", "correct horse battery", "10.0.0.1");

    assertThat(ok.succeeded()).isTrue();
    assertThat(ok.session().account().role()).isEqualTo(Role.EDITOR);
    assertThat(wiring.sessions().find(ok.session().token())).isPresent();
    assertThat(wrong.refusal()).isEqualTo(LoginResult.Refusal.BAD_CREDENTIALS);
    assertThat(unknown.refusal()).isEqualTo(LoginResult.Refusal.BAD_CREDENTIALS);
  }

  @Test
  void refusesWeakPasswordsBadAddressesAndDuplicates() {
    accounts.create(CLI, "nadia@example.ma", null, Role.JOURNALIST, PASSWORD.clone());

    assertThatThrownBy(() -> accounts.create(CLI, "karim@example.ma", null, Role.JOURNALIST, "court".toCharArray()))
        .isInstanceOfSatisfying(AccountException.class, e -> assertThat(e)
            .extracting(AccountException::reason, AccountException::detail)
            .containsExactly(AccountException.Reason.WEAK_PASSWORD, "10"));
    assertThatThrownBy(() -> accounts.create(CLI, "pas-une-adresse", null, Role.JOURNALIST, PASSWORD.clone()))
        .isInstanceOfSatisfying(AccountException.class,
            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.NOT_AN_EMAIL));
    assertThatThrownBy(() -> accounts.create(CLI, "NADIA@example.ma", null, Role.JOURNALIST, PASSWORD.clone()))
        .isInstanceOfSatisfying(AccountException.class,
            e -> assertThat(e.reason()).isEqualTo(AccountException.Reason.EMAIL_TAKEN));
  }

  @Test
  void aSpreadOutAttackSlowsTheAccountButNeverLocksTheOwnerOutFromACleanAddress() {
    accounts.create(CLI, "nadia@example.ma", null, Role.EDITOR, PASSWORD.clone());
    List<Duration> pauses = new ArrayList<>();
    accounts.pauseWith(pauses::add);
    for (int i = 0; i < LoginThrottle.PER_ACCOUNT + 3; i++) {
      accounts.login("nadia@example.ma", "guess " + i, "10.0.0." + i);
    }

    pauses.clear();
    assertThat(accounts.login("nadia@example.ma", "correct horse battery", "10.0.0.99").succeeded()).isTrue();
    assertThat(pauses).singleElement().satisfies(pause -> assertThat(pause)
        .isPositive().isLessThanOrEqualTo(LoginThrottle.LONGEST_ACCOUNT_PAUSE));
    clock.advance(LoginThrottle.WINDOW.plusSeconds(1));
    pauses.clear();
    assertThat(accounts.login("nadia@example.ma", "correct horse battery", "10.0.0.98").succeeded()).isTrue();
    assertThat(pauses).isEmpty();
  }

  @Test
  void throttlesAnAddressThatTriesManyAccounts() {
    accounts.create(CLI, "nadia@example.ma", null, Role.EDITOR, PASSWORD.clone());
    for (int i = 0; i < LoginThrottle.PER_ADDRESS; i++) {
      accounts.login("someone" + i + "@example.ma", "guess", "10.9.9.9");
    }

    assertThat(accounts.login("nadia@example.ma", "correct horse battery", "10.9.9.9").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
    assertThat(accounts.login("nadia@example.ma", "correct horse battery", "10.0.0.1").succeeded()).isTrue();
  }

  @Test
  void disablingOrResettingEndsTheAccountsSessions() {
    Account admin = accounts.create(CLI, "admin@example.ma", null, Role.ADMINISTRATOR, PASSWORD.clone());
    Account nadia = accounts.create(CLI, "nadia@example.ma", null, Role.JOURNALIST, PASSWORD.clone());
    Actor byAdmin = new Actor(admin, "10.0.0.1");
    Session first = accounts.login("nadia@example.ma", "correct horse battery", "a").session();

    accounts.resetPassword(byAdmin, nadia.id(), "a new long password".toCharArray());
    assertThat(wiring.sessions().find(first.token())).isEmpty();
    assertThat(accounts.login("nadia@example.ma", "correct horse battery", "a").succeeded()).isFalse();
    Session second = accounts.login("nadia@example.ma", "a new long password", "a").session();

    accounts.setDisabled(byAdmin, nadia.id(), true);
    assertThat(wiring.sessions().find(second.token())).isEmpty();
    assertThat(accounts.login("nadia@example.ma", "a new long password", "a").succeeded()).isFalse();
    accounts.setDisabled(byAdmin, nadia.id(), false);
    assertThat(accounts.login("nadia@example.ma", "a new long password", "a").succeeded()).isTrue();
  }

  @Test
  void onlyAdministratorsManageAccountsAndNobodyDisablesThemselves() {
    Account admin = accounts.create(CLI, "admin@example.ma", null, Role.ADMINISTRATOR, PASSWORD.clone());
    Account editor = accounts.create(CLI, "editor@example.ma", null, Role.EDITOR, PASSWORD.clone());

    assertThatThrownBy(() -> accounts.create(new Actor(editor, "a"), "x@example.ma", null, Role.ADMINISTRATOR,
        PASSWORD.clone())).isInstanceOf(ForbiddenException.class);
    assertThatThrownBy(() -> accounts.setDisabled(new Actor(admin, "a"), admin.id(), true))
        .isInstanceOf(AccountException.class);
  }

  @Test
  void sessionsEndAfterTwelveIdleHours() {
    accounts.create(CLI, "nadia@example.ma", null, Role.EDITOR, PASSWORD.clone());
    Session session = accounts.login("nadia@example.ma", "correct horse battery", "a").session();

    clock.advance(java.time.Duration.ofHours(11));
    assertThat(wiring.sessions().find(session.token())).isPresent();
    clock.advance(java.time.Duration.ofHours(11));
    assertThat(wiring.sessions().find(session.token())).isPresent();
    clock.advance(java.time.Duration.ofHours(13));
    assertThat(wiring.sessions().find(session.token())).isEmpty();
  }

  @Test
  void everyAccountActionIsInTheAuditLog() {
    Account admin = accounts.create(CLI, "admin@example.ma", null, Role.ADMINISTRATOR, PASSWORD.clone());
    accounts.login("admin@example.ma", "wrong password!", "10.0.0.7");
    accounts.login("admin@example.ma", "correct horse battery", "10.0.0.7");
    accounts.create(new Actor(admin, "10.0.0.7"), "nadia@example.ma", null, Role.JOURNALIST, PASSWORD.clone());

    assertThat(wiring.auditLog().latest(10, 0)).extracting(AuditLog.Event::action)
        .containsExactly("account.create", "login", "login.failed", "account.create");
    assertThat(wiring.auditLog().latest(1, 0).getFirst().actor()).isEqualTo("admin@example.ma");
  }
}
