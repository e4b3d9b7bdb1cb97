package kiosque.config;

/**
 * What hashing one newsroom password costs (Argon2id): memory in KiB and passes, one lane. The site
 * always uses {@link #OWASP_MINIMUM}; no environment variable or file lowers it. Tests pass a
 * cheaper cost through {@link Settings#withPasswordCost}: a test suite creates and logs in hundreds
 * of accounts, and at the site's cost their hashing was half the CPU of the newsroom's store tests
 * (JFR, session 11). A hash records its own cost, so any hash verifies whatever the current cost.
 */
public record PasswordCost(int memoryKib, int passes) {

  /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane (ADR 0101). */
  public static final PasswordCost OWASP_MINIMUM = new PasswordCost(19_456, 2);

  public PasswordCost {
    // Argon2 needs at least 8 KiB per lane and one pass.
    if (memoryKib < 8 || passes < 1) {
      throw new IllegalArgumentException("Argon2id needs at least 8 KiB and one pass: " + memoryKib + " KiB, " + passes);
    }
  }
}
