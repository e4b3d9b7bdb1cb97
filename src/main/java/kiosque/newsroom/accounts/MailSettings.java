package kiosque.newsroom.accounts;

import java.util.Optional;
import kiosque.config.SettingDefinition;
import kiosque.config.SettingsException;
import kiosque.config.SettingsSource;

/**
 * The SMTP server password-reset links are e-mailed through ({@code docs/configuration.md},
 * "E-mail"). No host, no e-mail: the link is only shown to the administrator.
 */
record MailSettings(String host, int port, String username, String password, String from, boolean startTls) {

  static final SettingDefinition HOST = new SettingDefinition("kiosque.smtp.host", "KIOSQUE_SMTP_HOST", "",
      "SMTP server for the newsroom's e-mails (password-reset links); empty: links are only shown, not sent.");
  static final SettingDefinition PORT = new SettingDefinition("kiosque.smtp.port", "KIOSQUE_SMTP_PORT", "587",
      "SMTP port (587 with STARTTLS, 25 without).");
  static final SettingDefinition USERNAME = new SettingDefinition("kiosque.smtp.username", "KIOSQUE_SMTP_USERNAME", "",
      "SMTP user; empty: no authentication.");
  static final SettingDefinition PASSWORD = new SettingDefinition("kiosque.smtp.password", "KIOSQUE_SMTP_PASSWORD", "",
      "SMTP password: from the environment, never the repository.");
  static final SettingDefinition FROM = new SettingDefinition("kiosque.smtp.from", "KIOSQUE_SMTP_FROM", "",
      "Sender address of the newsroom's e-mails; required when a host is set.");
  static final SettingDefinition STARTTLS = new SettingDefinition("kiosque.smtp.starttls", "KIOSQUE_SMTP_STARTTLS",
      "true", "Whether to require STARTTLS before sending (true or false); false only for a server on the same host.");

  static Optional<MailSettings> from(SettingsSource source) {
    String host = source.string(HOST);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String from = source.string(FROM);
    if (from.isEmpty()) {
      throw new SettingsException(HOST.key() + " is set but " + FROM.key() + " (" + FROM.env()
          + ") is empty: say which address the e-mails come from");
    }
    return Optional.of(new MailSettings(host, source.integer(PORT, 1, 65535), source.string(USERNAME),
        source.string(PASSWORD), from, source.bool(STARTTLS)));
  }
}
