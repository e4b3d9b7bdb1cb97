package kiosque.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Interface text from the message bundles ({@code i18n/messages_fr}, {@code _en}). */
public final class Messages {

  private final ResourceBundle bundle;
  private final Locale locale;

  public Messages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("i18n.messages", locale, ResourceBundle.Control.getNoFallbackControl(
        ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  public String get(String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      throw new IllegalArgumentException("No message \"" + key + "\" for " + locale, e);
    }
  }

  public String format(String key, Object... args) {
    return new MessageFormat(get(key), locale).format(args);
  }

  public String language() {
    return locale.getLanguage();
  }
}
