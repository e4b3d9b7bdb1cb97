package kiosque.newsroom.accounts;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id with OWASP's recommended minimum (19 MiB, 2 passes, 1 lane), through password4j
 * (ADR 0101). The parameters travel in the PHC string, so raising them later still verifies old
 * hashes.
 */
public final class Passwords {

  public static final int MIN_LENGTH = 10;
  private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19_456, 2, 1, 32, Argon2.ID, 19);

  public String hash(CharSequence password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
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
