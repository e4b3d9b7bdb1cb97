package kiosque.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * Row count and checksum of a table's content. Each row is hashed (SHA-256 of its values in a
 * canonical form: numbers as integers, times as UTC instants) and the hashes are added up, so the
 * result does not depend on the order rows come in: H2 and PostgreSQL sort text differently.
 */
final class TableDigest {

  private final MessageDigest sha;
  private long rows;
  private long sum;

  TableDigest() {
    try {
      this.sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Reads the current row of {@code rs} as {@link #value} does, adds it, and returns its values. */
  Object[] add(ResultSet rs, Table table) throws SQLException {
    Object[] values = new Object[table.columns().size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = value(rs, i + 1, table.timestamps().get(i));
      // Binary values (images) are hashed as they are: a hexadecimal copy of 10 MB would cost 40 MB.
      byte[] canonical = values[i] instanceof byte[] bytes ? bytes : canonical(values[i]).getBytes(StandardCharsets.UTF_8);
      // Length first, so ("ab", "c") and ("a", "bc") differ.
      sha.update(Integer.toString(canonical.length).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) ':');
      sha.update(canonical);
    }
    byte[] hash = sha.digest();
    long head = 0;
    for (int i = 0; i < 8; i++) {
      head = (head << 8) | (hash[i] & 0xff);
    }
    sum += head;
    rows++;
    return values;
  }

  static Object value(ResultSet rs, int column, boolean timestamp) throws SQLException {
    return timestamp ? rs.getObject(column, OffsetDateTime.class) : rs.getObject(column);
  }

  private static String canonical(Object value) {
    return switch (value) {
      case null -> "\u0000null";
      case OffsetDateTime time -> time.toInstant().toString();
      case Byte b -> Long.toString(b);
      case Short s -> Long.toString(s);
      case Integer i -> Long.toString(i);
      case Long l -> Long.toString(l);
      default -> value.toString();
    };
  }

  long rows() {
    return rows;
  }

  /** The checksum as 16 hexadecimal digits. */
  String checksum() {
    return String.format("%016x", sum);
  }
}
