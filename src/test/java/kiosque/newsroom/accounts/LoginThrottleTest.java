package kiosque.newsroom.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import kiosque.Wiring;
import kiosque.newsroom.shell.Role;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.MutableClock;
import kiosque.testsupport.TestDatabase;
import kiosque.testsupport.TestSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Throttling per account and address: guessing is slowed, the account's owner is not kept out. */
@BothDatabases
class LoginThrottleTest {

  private static final String RIGHT = "correct horse battery";

  @Parameter
  TestDatabase db;

  @TempDir
  Path dir;
  MutableClock clock = new MutableClock("2025-06-01T10:00:00Z");
  Wiring wiring;
  AccountService accounts;

  @BeforeEach
  void open() {
    wiring = new Wiring(TestSettings.in(dir, db), clock);
    accounts = wiring.accountService();
    accounts.create(Actor.operator("test"), "nadia@example.ma", null, Role.EDITOR, RIGHT.toCharArray());
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void delaysGrowFromTheThirdFailureAndStopAtAnHour() {
    assertThat(LoginThrottle.delayAfter(1)).isZero();
    assertThat(LoginThrottle.delayAfter(2)).isZero();
    assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(30));
    assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofMinutes(1));
    assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofMinutes(2));
    assertThat(LoginThrottle.delayAfter(12)).isEqualTo(Duration.ofHours(1));
    assertThat(LoginThrottle.delayAfter(400)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aSpreadOutAttackCostsEachAttemptAPauseThatGrowsButStaysShort() {
    assertThat(LoginThrottle.accountPause(1)).isZero();
    assertThat(LoginThrottle.accountPause(LoginThrottle.PER_ACCOUNT - 1)).isZero();
    assertThat(LoginThrottle.accountPause(LoginThrottle.PER_ACCOUNT)).isEqualTo(Duration.ofMillis(250));
    assertThat(LoginThrottle.accountPause(LoginThrottle.PER_ACCOUNT + 1)).isEqualTo(Duration.ofMillis(500));
    assertThat(LoginThrottle.accountPause(LoginThrottle.PER_ACCOUNT + 3)).isEqualTo(Duration.ofSeconds(2));
    assertThat(LoginThrottle.accountPause(10_000)).isEqualTo(Duration.ofSeconds(2));
  }

  @Test
  void manyGuessingAddressesNeverRefuseTheOwnerFromHersAndEachGuesserStaysRefused() {
    java.util.List<Duration> pauses = new java.util.ArrayList<>();
    accounts.pauseWith(pauses::add);
    for (int address = 0; address < 10; address++) {
      for (int i = 0; i < 4; i++) {
        accounts.login("nadia@example.ma", "devine " + i, "198.51.100." + address);
      }
    }

    assertThat(accounts.login("nadia@example.ma", RIGHT, "10.0.0.1").succeeded()).isTrue();
    assertThat(accounts.login("nadia@example.ma", RIGHT, "198.51.100.7").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
    assertThat(pauses).allSatisfy(pause -> assertThat(pause).isLessThanOrEqualTo(Duration.ofSeconds(2)));
  }

  @Test
  void aGuessingAddressIsRefusedEvenTheRightPasswordWhileTheOwnerGetsInFromHers() {
    for (int i = 0; i < 10; i++) {
      accounts.login("nadia@example.ma", "devine " + i, "203.0.113.9");
    }

    assertThat(accounts.login("nadia@example.ma", RIGHT, "203.0.113.9").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
    assertThat(accounts.login("nadia@example.ma", RIGHT, "10.0.0.1").succeeded()).isTrue();
    // The owner's success does not wipe the guesser's record.
    assertThat(accounts.login("nadia@example.ma", RIGHT, "203.0.113.9").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
  }

  @Test
  void eachFurtherFailureDoublesTheWait() {
    for (int i = 0; i < 3; i++) {
      accounts.login("nadia@example.ma", "devine " + i, "203.0.113.9");
    }
    clock.advance(Duration.ofSeconds(29));
    assertThat(accounts.login("nadia@example.ma", RIGHT, "203.0.113.9").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
    clock.advance(Duration.ofSeconds(2));
    assertThat(accounts.login("nadia@example.ma", "devine encore", "203.0.113.9").refusal())
        .isEqualTo(LoginResult.Refusal.BAD_CREDENTIALS);
    clock.advance(Duration.ofSeconds(59));
    assertThat(accounts.login("nadia@example.ma", RIGHT, "203.0.113.9").refusal())
        .isEqualTo(LoginResult.Refusal.THROTTLED);
    clock.advance(Duration.ofSeconds(2));
    assertThat(accounts.login("nadia@example.ma", RIGHT, "203.0.113.9").succeeded()).isTrue();
  }

  @Test
  void twoTyposCostNothing() {
    accounts.login("nadia@example.ma", "typo 1", "10.0.0.1");
    accounts.login("nadia@example.ma", "typo 2", "10.0.0.1");

    assertThat(accounts.login("nadia@example.ma", RIGHT, "10.0.0.1").succeeded()).isTrue();
  }
}
