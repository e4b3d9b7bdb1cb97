package kiosque.newsroom.accounts;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/**
 * Sends plain-text e-mails through the configured SMTP server with Jakarta Mail (Eclipse Angus,
 * ADR 0711). Timeouts are short: the administrator waits for the page, and a failure only means
 * the link is copied by hand.
 */
final class Mailer {

  private static final String TIMEOUT_MS = "10000";

  private final MailSettings settings;
  private final Session session;

  Mailer(MailSettings settings) {
    this.settings = settings;
    Properties props = new Properties();
    props.put("mail.smtp.host", settings.host());
    props.put("mail.smtp.port", String.valueOf(settings.port()));
    props.put("mail.smtp.connectiontimeout", TIMEOUT_MS);
    props.put("mail.smtp.timeout", TIMEOUT_MS);
    props.put("mail.smtp.writetimeout", TIMEOUT_MS);
    props.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
    props.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
    boolean auth = !settings.username().isEmpty();
    props.put("mail.smtp.auth", String.valueOf(auth));
    this.session = Session.getInstance(props, auth ? new Authenticator() {
      @Override
      protected PasswordAuthentication getPasswordAuthentication() {
        return new PasswordAuthentication(settings.username(), settings.password());
      }
    } : null);
  }

  void send(String to, String subject, String text) throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(settings.from()));
    message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
    message.setSubject(subject, "UTF-8");
    message.setText(text, "UTF-8");
    Transport.send(message);
  }
}
