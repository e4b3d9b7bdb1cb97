package kiosque.db;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import kiosque.config.SettingDefinition;

/**
 * The database refused the connection or could not be reached: one French sentence for the person
 * starting Kiosque, naming the database and the setting to check, instead of the pool's stack trace.
 * The sentences live here, the one place that tells the causes apart (by SQLState: the same codes
 * on PostgreSQL and H2).
 */
public final class DatabaseUnreachableException extends RuntimeException {

  private DatabaseUnreachableException(String message, Throwable cause) {
    super(message, cause);
  }

  /** Explains why connecting to {@code jdbcUrl} as {@code user} failed, from what the driver threw. */
  static DatabaseUnreachableException of(String jdbcUrl, String user, Throwable failure) {
    SQLException sql = find(failure, SQLException.class);
    String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
    boolean postgres = jdbcUrl.startsWith("jdbc:postgresql:");
    String reason;
    String check;
    if (state.equals("28P01")) {
      reason = "mot de passe refusé pour l’utilisateur « " + user + " »";
      check = setting(SettingDefinition.DB_PASSWORD);
    } else if (state.startsWith("28")) {
      // PostgreSQL: an unknown role, or pg_hba.conf refusing it; H2 says the same of a wrong password.
      reason = postgres ? "utilisateur « " + user + " » refusé" : "utilisateur « " + user + " » ou mot de passe refusé";
      check = postgres ? setting(SettingDefinition.DB_USER)
          : setting(SettingDefinition.DB_USER) + " et " + setting(SettingDefinition.DB_PASSWORD);
    } else if (state.equals("3D000")) {
      reason = "cette base n’existe pas sur le serveur";
      check = urlSetting();
    } else if (state.startsWith("08") || find(failure, ConnectException.class) != null
        || find(failure, UnknownHostException.class) != null) {
      reason = "serveur injoignable";
      check = urlSetting();
    } else {
      reason = firstLine(sql != null ? sql.getMessage() : failure.getMessage());
      check = urlSetting();
    }
    return new DatabaseUnreachableException("impossible de se connecter à la base " + (postgres ? "PostgreSQL " : "H2 ")
        + withoutParameters(jdbcUrl) + " (" + reason + ") : vérifiez " + check, failure);
  }

  private static String setting(SettingDefinition definition) {
    return definition.key() + " / " + definition.env();
  }

  private static String urlSetting() {
    return setting(SettingDefinition.DB_URL) + " (ou l’option --db)";
  }

  /** The address without its parameters: a password may be written in them. */
  private static String withoutParameters(String jdbcUrl) {
    int cut = jdbcUrl.startsWith("jdbc:h2:") ? jdbcUrl.indexOf(';') : jdbcUrl.indexOf('?');
    return cut < 0 ? jdbcUrl : jdbcUrl.substring(0, cut);
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "erreur inconnue";
    }
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 200) + "…" : line;
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
