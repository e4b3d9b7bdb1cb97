package kiosque.newsroom.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import kiosque.config.PasswordCost;

/**
 * Argon2id at the settings' cost (OWASP's recommended minimum on a site: 19 MiB, 2 passes, 1 lane),
 * through password4j (ADR 0101). The parameters travel in the PHC string, so raising them later
 * still verifies old hashes.
 */
public final class Passwords {

  public static final int MIN_LENGTH = 10;
  private final Argon2Function argon2id;

  public Passwords(PasswordCost cost) {
    this.argon2id = Argon2Function.getInstance(cost.memoryKib(), cost.passes(), 1, 32, Argon2.ID, 19);
  }

  public String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(16).with(argon2id).getResult();
  }

  public boolean matches(CharSequence password, String hash) {
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }

  /** The rule a new password must meet, or null when it does. */
  public static String weakness(CharSequence password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return "password must have at least " + MIN_LENGTH + " characters";
    }
    return null;
  }
}
