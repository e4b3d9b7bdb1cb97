package kiosque.testsupport;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import kiosque.config.PasswordCost;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;

/**
 * Settings for a test: defaults, a fresh data directory, and whatever the test overrides. Newsroom
 * passwords are hashed at {@link #PASSWORD_COST}, not the site's cost: the suite creates and logs
 * in hundreds of accounts (AccountServiceTest checks the site's own cost).
 */
public final class TestSettings {

  /** Argon2id at 64 KiB and one pass: a few microseconds a hash instead of tens of milliseconds. */
  public static final PasswordCost PASSWORD_COST = new PasswordCost(64, 1);

  private TestSettings() {}

  public static Settings in(Path dataDir) {
    return in(dataDir, Map.of());
  }

  /** On H2 in the directory, or on this directory's own PostgreSQL database. */
  public static Settings in(Path dataDir, TestDatabase db) {
    return in(dataDir, Map.of(), db);
  }

  public static Settings in(Path dataDir, Map<String, String> env, TestDatabase db) {
    Map<String, String> all = new HashMap<>(db.env(dataDir));
    all.putAll(env);
    return in(dataDir, all);
  }

  /** {@code env} uses the environment-variable names, e.g. {@code KIOSQUE_WHATSAPP_URL}. */
  public static Settings in(Path dataDir, Map<String, String> env) {
    Map<String, String> all = new HashMap<>(env);
    if (!all.containsKey("KIOSQUE_DB_URL") && !all.containsKey("KIOSQUE_DB_USER") && !all.containsKey("KIOSQUE_DB_PASSWORD")) {
      H2Template.copyInto(dataDir);
    }
    return new SettingsLoader(all, new Properties()).load(dataDir).withPasswordCost(PASSWORD_COST);
  }
}
