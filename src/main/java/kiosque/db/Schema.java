package kiosque.db;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The application's tables as JDBC metadata describes them, on H2 and PostgreSQL alike, ordered
 * so that every table comes after the tables its foreign keys point to.
 */
final class Schema {

  /** Flyway's own table, rows the migrations seed, and the running nodes' leases: each database keeps its own. */
  static final Set<String> NOT_CONTENT = Set.of("flyway_schema_history", "content_change_order", "node_lease");

  private Schema() {}

  static List<Table> tablesInDependencyOrder(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, Table> tables = new LinkedHashMap<>();
    try (ResultSet rs = meta.getTables(null, schema, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        String name = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
        if (!NOT_CONTENT.contains(name)) {
          tables.put(name, null);
        }
      }
    }
    Map<String, Set<String>> dependsOn = new HashMap<>();
    for (String name : tables.keySet()) {
      tables.put(name, describe(meta, schema, name));
      Set<String> parents = new LinkedHashSet<>();
      try (ResultSet rs = meta.getImportedKeys(null, schema, name)) {
        while (rs.next()) {
          String parent = rs.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT);
          if (!parent.equals(name)) {
            parents.add(parent);
          }
        }
      }
      dependsOn.put(name, parents);
    }
    List<Table> ordered = new ArrayList<>();
    Set<String> placed = new LinkedHashSet<>();
    while (placed.size() < tables.size()) {
      boolean progress = false;
      for (String name : tables.keySet()) {
        if (!placed.contains(name) && placed.containsAll(dependsOn.get(name))) {
          placed.add(name);
          ordered.add(tables.get(name));
          progress = true;
        }
      }
      if (!progress) {
        throw new IllegalStateException("Foreign keys form a cycle between tables: cannot order " + tables.keySet());
      }
    }
    return ordered;
  }

  private static Table describe(DatabaseMetaData meta, String schema, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    List<String> identities = new ArrayList<>();
    List<Boolean> timestamps = new ArrayList<>();
    try (ResultSet rs = meta.getColumns(null, schema, table, "%")) {
      while (rs.next()) {
        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
        columns.add(column);
        if ("YES".equals(rs.getString("IS_AUTOINCREMENT"))) {
          identities.add(column);
        }
        String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        // H2 says "timestamp with time zone", PostgreSQL "timestamptz": read both as OffsetDateTime.
        timestamps.add(type.startsWith("timestamp"));
      }
    }
    return new Table(table, List.copyOf(columns), List.copyOf(identities), List.copyOf(timestamps));
  }
}
