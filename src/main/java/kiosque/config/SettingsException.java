package kiosque.config;

/** A setting has a value the site cannot run with; the message names the setting and the value. */
public final class SettingsException extends RuntimeException {
  public SettingsException(String message) {
    super(message);
  }
}
