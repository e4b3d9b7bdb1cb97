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
      description = "Data directory (embedded database, search index). Default: ./data or KIOSQUE_DATA.")
  Path dataDir;

  Settings settings() {
    return SettingsLoader.fromEnvironment().load(dataDir);
  }

  Wiring wiring() {
    return new Wiring(settings(), Clock.systemUTC());
  }
}
