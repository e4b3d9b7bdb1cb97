package kiosque.newsroom.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import kiosque.config.PasswordCost;
import org.junit.jupiter.api.Test;

class PasswordsTest {

  private static final PasswordCost CHEAP = new PasswordCost(64, 1);

  @Test
  void aHashCarriesItsCostAndASaltAndNeverThePassword() {
    String first = new Passwords(CHEAP).hash("cheval correct agrafe");
    String second = new Passwords(CHEAP).hash("cheval correct agrafe");

    assertThat(first).startsWith("$argon2id$v=19$m=64,t=1,p=1$").doesNotContain("cheval");
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void aHashMadeAtOneCostStillVerifiesAfterTheCostChanges() {
    String cheap = new Passwords(CHEAP).hash("mot de passe d’avant");
    Passwords site = new Passwords(PasswordCost.OWASP_MINIMUM);

    assertThat(site.matches("mot de passe d’avant", cheap)).isTrue();
    assertThat(site.matches("mot de passe d'avant", cheap)).isFalse();
  }

  @Test
  void aCostArgon2CannotRunIsRefused() {
    assertThatThrownBy(() -> new PasswordCost(4, 1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8 KiB");
    assertThatThrownBy(() -> new PasswordCost(64, 0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one pass");
  }
}
