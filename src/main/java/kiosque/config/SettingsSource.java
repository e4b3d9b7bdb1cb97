package kiosque.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Where settings come from, first match wins: environment variables, system properties, the
 * properties file, the definition's default. Every parse failure names the setting, its
 * environment variable and the value, so an operator knows what to fix.
 *
 * <p>Features with settings of their own read them here (see {@link SettingDefinition}).
 */
public final class SettingsSource {

  private final Map<String, String> env;
  private final Properties system;
  private final Properties file;

  SettingsSource(Map<String, String> env, Properties system, Properties file) {
    this.env = Map.copyOf(env);
    this.system = (Properties) system.clone();
    this.file = (Properties) file.clone();
  }

  /** The trimmed value, or the default. */
  public String string(SettingDefinition def) {
    String value = env.get(def.env());
    if (value == null) {
      value = system.getProperty(def.key());
    }
    if (value == null) {
      value = file.getProperty(def.key());
    }
    return value == null ? def.defaultValue() : value.trim();
  }

  public int integer(SettingDefinition def, int min, int max) {
    String raw = string(def);
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw new SettingsException(name(def) + " must be between " + min + " and " + max + ", got " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SettingsException(name(def) + " must be a whole number, got \"" + raw + "\"");
    }
  }

  public boolean bool(SettingDefinition def) {
    String raw = string(def).toLowerCase(java.util.Locale.ROOT);
    return switch (raw) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0", "" -> false;
      default -> throw new SettingsException(name(def) + " must be true or false, got \"" + raw + "\"");
    };
  }

  /** A whole number of seconds, at least {@code min} and at most {@code max}. */
  public Duration seconds(SettingDefinition def, int min, int max) {
    return Duration.ofSeconds(integer(def, min, max));
  }

  /** An http or https address; empty when the setting is empty. */
  public Optional<URI> uri(SettingDefinition def) {
    String raw = string(def);
    return raw.isEmpty() ? Optional.empty() : Optional.of(httpUri(def, raw));
  }

  /** Addresses separated by commas or spaces; empty when the setting is empty. */
  public List<URI> uris(SettingDefinition def) {
    List<URI> uris = new ArrayList<>();
    for (String part : string(def).split("[,\\s]+")) {
      if (!part.isEmpty()) {
        uris.add(httpUri(def, part));
      }
    }
    return List.copyOf(uris);
  }

  private static URI httpUri(SettingDefinition def, String raw) {
    try {
      URI uri = new URI(raw);
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new SettingsException(name(def) + " must be an http or https address, got \"" + raw + "\"");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new SettingsException(name(def) + " is not a valid address: " + e.getMessage());
    }
  }

  static String name(SettingDefinition def) {
    return def.key() + " (" + def.env() + ")";
  }
}
