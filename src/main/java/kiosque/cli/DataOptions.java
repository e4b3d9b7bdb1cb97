package kiosque.cli;

import java.nio.file.Path;
import java.time.Clock;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.config.SettingsLoader;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option every command shares, and the wiring it leads to. */
final class DataOptions {

  @Option(names = "--data", paramLabel = "DIR",
      description = "Data directory (embedded database, search index, media). Default: ./data or KIOSQUE_DATA.")
  Path dataDir;

  @Option(names = "--db", paramLabel = "JDBC_URL",
      description = "Database instead of the embedded one, e.g. jdbc:postgresql://db/kiosque. "
          + "Default: KIOSQUE_DB_URL. The password comes from KIOSQUE_DB_PASSWORD, never from an option.")
  String databaseUrl;

  Settings settings() {
    Settings settings = SettingsLoader.fromEnvironment().load(dataDir);
    return databaseUrl == null ? settings : settings.withDatabaseUrl(databaseUrl);
  }

  Wiring wiring() {
    return new Wiring(settings(), Clock.systemUTC());
  }
}
