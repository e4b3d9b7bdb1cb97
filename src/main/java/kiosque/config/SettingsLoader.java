package kiosque.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
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
        : Path.of(new SettingsSource(env, system, new Properties()).string(SettingDefinition.DATA_DIR));
    SettingsSource source = new SettingsSource(env, system, readFile(dataDir));
    int port = source.integer(SettingDefinition.PORT, 0, 65535);
    return new Settings(
        dataDir,
        port,
        source.string(SettingDefinition.DB_URL),
        source.string(SettingDefinition.DB_USER),
        source.string(SettingDefinition.DB_PASSWORD),
        source.string(SettingDefinition.SITE_NAME),
        source.uri(SettingDefinition.SITE_URL).orElse(Settings.localAddress(port)),
        parseZone(source),
        Locale.forLanguageTag(source.string(SettingDefinition.LOCALE)),
        source.uri(SettingDefinition.GOOGLE_NEWS_URL),
        source.uri(SettingDefinition.WHATSAPP_URL),
        source.integer(SettingDefinition.PAGE_SIZE, 1, 200),
        source.uri(SettingDefinition.PUBLISHER_LOGO),
        parseEmail(source),
        parseLanguage(source),
        source.integer(SettingDefinition.CACHE_MB, 0, 16_384),
        source.integer(SettingDefinition.CACHE_TTL, 1, 86_400),
        source.bool(SettingDefinition.JOURNALISTS_PUBLISH),
        source,
        PasswordCost.OWASP_MINIMUM);
  }

  /**
   * The site's language alone, read before the command line is parsed (its help and messages speak
   * it), so a setting that does not parse elsewhere cannot keep {@code --help} from showing.
   */
  public Locale locale(Path dataDirOverride) {
    Path dataDir = dataDirOverride != null
        ? dataDirOverride
        : Path.of(new SettingsSource(env, system, new Properties()).string(SettingDefinition.DATA_DIR));
    Properties file;
    try {
      file = readFile(dataDir);
    } catch (SettingsException unreadable) {
      file = new Properties(); // the command itself reports it, in the default language
    }
    return Locale.forLanguageTag(new SettingsSource(env, system, file).string(SettingDefinition.LOCALE));
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

  private String parseEmail(SettingsSource source) {
    String raw = source.string(SettingDefinition.CONTACT_EMAIL);
    if (!raw.isEmpty() && !raw.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new SettingsException("kiosque.publisher.email (KIOSQUE_CONTACT_EMAIL) is not an e-mail address: \"" + raw + "\"");
    }
    return raw;
  }

  /** Google News wants an ISO 639 code ({@code fr}, {@code ar}, {@code zh-cn} and {@code zh-tw} only with a region). */
  private String parseLanguage(SettingsSource source) {
    String raw = source.string(SettingDefinition.NEWS_LANGUAGE);
    String language = raw.isEmpty()
        ? Locale.forLanguageTag(source.string(SettingDefinition.LOCALE)).getLanguage() : raw.toLowerCase(Locale.ROOT);
    if (!language.matches("[a-z]{2,3}(-[a-z]{2})?")) {
      throw new SettingsException("kiosque.news.language (KIOSQUE_NEWS_LANGUAGE) must be an ISO 639 code such as fr, got \"" + raw + "\"");
    }
    return language;
  }

  private ZoneId parseZone(SettingsSource source) {
    String raw = source.string(SettingDefinition.TIME_ZONE);
    try {
      return ZoneId.of(raw);
    } catch (DateTimeException e) {
      throw new SettingsException("kiosque.site.timezone (KIOSQUE_TIMEZONE) is not a known time zone: \"" + raw + "\"");
    }
  }
}
