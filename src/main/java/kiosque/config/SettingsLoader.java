package kiosque.config;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads settings with a documented precedence: environment variables, then system properties,
 * then the properties file ({@code kiosque.properties} in the data directory, or the file named by
 * {@code KIOSQUE_CONFIG}), then defaults. Command-line options are applied by the CLI on top.
 */
public final class SettingsLoader {

  private final Map<String, String> env;
  private final Properties system;

  public SettingsLoader(Map<String, String> env, Properties system) {
    this.env = env;
    this.system = system;
  }

  public static SettingsLoader fromEnvironment() {
    return new SettingsLoader(System.getenv(), System.getProperties());
  }

  /** Loads settings; {@code dataDirOverride} (from {@code --data}) wins over every other source. */
  public Settings load(Path dataDirOverride) {
    Path dataDir = dataDirOverride != null
        ? dataDirOverride
        : Path.of(lookup(SettingDefinition.DATA_DIR, new Properties()));
    Properties file = readFile(dataDir);
    return new Settings(
        dataDir,
        parseInt(SettingDefinition.PORT, file, 0, 65535),
        lookup(SettingDefinition.DB_URL, file),
        lookup(SettingDefinition.DB_USER, file),
        lookup(SettingDefinition.DB_PASSWORD, file),
        lookup(SettingDefinition.SITE_NAME, file),
        parseUri(SettingDefinition.SITE_URL, file).orElseThrow(
            () -> new SettingsException("kiosque.site.url must not be empty")),
        parseZone(file),
        Locale.forLanguageTag(lookup(SettingDefinition.LOCALE, file)),
        parseUri(SettingDefinition.GOOGLE_NEWS_URL, file),
        parseUri(SettingDefinition.WHATSAPP_URL, file),
        parseInt(SettingDefinition.PAGE_SIZE, file, 1, 200),
        parseUri(SettingDefinition.PUBLISHER_LOGO, file),
        parseEmail(file),
        parseLanguage(file),
        parseInt(SettingDefinition.CACHE_MB, file, 0, 16_384),
        parseInt(SettingDefinition.CACHE_TTL, file, 1, 86_400),
        parseBoolean(SettingDefinition.JOURNALISTS_PUBLISH, file));
  }

  private Properties readFile(Path dataDir) {
    String named = env.get("KIOSQUE_CONFIG");
    Path file = named != null ? Path.of(named) : dataDir.resolve("kiosque.properties");
    Properties props = new Properties();
    if (Files.isRegularFile(file)) {
      try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
        props.load(reader);
      } catch (IOException e) {
        throw new SettingsException("Cannot read the configuration file " + file + ": " + e.getMessage());
      }
    } else if (named != null) {
      throw new SettingsException("KIOSQUE_CONFIG names " + file + ", which does not exist");
    }
    return props;
  }

  private String lookup(SettingDefinition def, Properties file) {
    String value = env.get(def.env);
    if (value == null) {
      value = system.getProperty(def.key);
    }
    if (value == null) {
      value = file.getProperty(def.key);
    }
    return value == null ? def.defaultValue : value.trim();
  }

  private int parseInt(SettingDefinition def, Properties file, int min, int max) {
    String raw = lookup(def, file);
    try {
      int value = Integer.parseInt(raw);
      if (value < min || value > max) {
        throw new SettingsException(def.key + " (" + def.env + ") must be between " + min + " and " + max + ", got " + raw);
      }
      return value;
    } catch (NumberFormatException e) {
      throw new SettingsException(def.key + " (" + def.env + ") must be a whole number, got \"" + raw + "\"");
    }
  }

  private boolean parseBoolean(SettingDefinition def, Properties file) {
    String raw = lookup(def, file).toLowerCase(java.util.Locale.ROOT);
    return switch (raw) {
      case "true", "yes", "1" -> true;
      case "false", "no", "0", "" -> false;
      default -> throw new SettingsException(def.key + " (" + def.env + ") must be true or false, got \"" + raw + "\"");
    };
  }

  private Optional<URI> parseUri(SettingDefinition def, Properties file) {
    String raw = lookup(def, file);
    if (raw.isEmpty()) {
      return Optional.empty();
    }
    try {
      URI uri = new URI(raw);
      if (uri.getScheme() == null || !(uri.getScheme().equals("http") || uri.getScheme().equals("https"))) {
        throw new SettingsException(def.key + " (" + def.env + ") must be an http or https address, got \"" + raw + "\"");
      }
      return Optional.of(uri);
    } catch (URISyntaxException e) {
      throw new SettingsException(def.key + " (" + def.env + ") is not a valid address: " + e.getMessage());
    }
  }

  private String parseEmail(Properties file) {
    String raw = lookup(SettingDefinition.CONTACT_EMAIL, file);
    if (!raw.isEmpty() && !raw.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new SettingsException("kiosque.publisher.email (KIOSQUE_CONTACT_EMAIL) is not an e-mail address: \"" + raw + "\"");
    }
    return raw;
  }

  /** Google News wants an ISO 639 code ({@code fr}, {@code ar}, {@code zh-cn} and {@code zh-tw} only with a region). */
  private String parseLanguage(Properties file) {
    String raw = lookup(SettingDefinition.NEWS_LANGUAGE, file);
    String language = raw.isEmpty()
        ? Locale.forLanguageTag(lookup(SettingDefinition.LOCALE, file)).getLanguage() : raw.toLowerCase(Locale.ROOT);
    if (!language.matches("[a-z]{2,3}(-[a-z]{2})?")) {
      throw new SettingsException("kiosque.news.language (KIOSQUE_NEWS_LANGUAGE) must be an ISO 639 code such as fr, got \"" + raw + "\"");
    }
    return language;
  }

  private ZoneId parseZone(Properties file) {
    String raw = lookup(SettingDefinition.TIME_ZONE, file);
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw new SettingsException("kiosque.site.timezone (KIOSQUE_TIMEZONE) is not a known time zone: \"" + raw + "\"");
    }
  }
}
