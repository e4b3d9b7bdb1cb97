package kiosque.cli;

import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import kiosque.config.SettingsLoader;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the command line says, in the site's language ({@code kiosque.site.locale}): French unless
 * set to English. One bundle, {@code i18n/cli_fr} or {@code cli_en}, serves picocli's usage help
 * and the lines the commands print.
 */
final class CliText {

  static final String BUNDLE = "i18n.cli";

  private final ResourceBundle bundle;

  private CliText(ResourceBundle bundle) {
    this.bundle = bundle;
  }

  /** The text of a command, from the bundle {@link KiosqueCommand#commandLine} gave every command. */
  static CliText of(CommandSpec spec) {
    ResourceBundle given = spec.resourceBundle();
    return new CliText(given != null ? given : bundle(Locale.FRENCH));
  }

  static ResourceBundle bundle(Locale locale) {
    Locale supported = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.FRENCH;
    // No fallback to the JVM's locale: an English machine serving a French site speaks French.
    return ResourceBundle.getBundle(BUNDLE, supported,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  /**
   * The site's language, read before the command line is parsed: from the environment, system
   * properties, or the properties file of the data directory that {@code --data} names.
   */
  static Locale locale(List<String> args) {
    Path dataDir = null;
    for (int i = 0; i < args.size(); i++) {
      if (args.get(i).equals("--data") && i + 1 < args.size()) {
        dataDir = Path.of(args.get(i + 1));
      } else if (args.get(i).startsWith("--data=")) {
        dataDir = Path.of(args.get(i).substring("--data=".length()));
      }
    }
    return SettingsLoader.fromEnvironment().locale(dataDir);
  }

  /** The message of {@code key}; arguments are shown as given (a port is 8080, never 8 080). */
  String get(String key, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = String.valueOf(args[i]);
    }
    return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(shown);
  }

  /**
   * The word of {@code key} for {@code count}: {@code key.one} or {@code key.many}. French counts 0
   * and 1 as singular, English only 1.
   */
  String plural(String key, long count) {
    boolean one = Locale.ENGLISH.equals(bundle.getLocale()) ? count == 1 : count <= 1;
    return bundle.getString(key + (one ? ".one" : ".many"));
  }

  /** The bundle's language, for numbers the command formats itself (3,2 s in French, 3.2 s in English). */
  Locale locale() {
    return bundle.getLocale();
  }

  /** A count with the language's thousands separator (12 345 in French, 12,345 in English). */
  String number(long count) {
    return String.format(bundle.getLocale(), "%,d", count);
  }

  /** A refusal worded elsewhere (a setting, the database), after the command line's prefix. */
  String refusal(String message) {
    return bundle.getString("prefix") + message;
  }

  /**
   * A refusal whose reason another layer gave as a code ({@code backup.refused.NO_ARCHIVE}), after
   * the command line's prefix.
   */
  String refusal(String family, Enum<?> reason, List<?> details) {
    return error(family + "." + reason.name(), details.toArray());
  }

  /** A refusal, after the command line's prefix ({@code kiosque : } in French). */
  String error(String key, Object... args) {
    return bundle.getString("prefix") + get(key, args);
  }
}
