package kiosque.db;

import java.util.List;

/**
 * One table to copy: its columns in the source's order, those that are identities (to restart
 * after the copy), and how a value of each column is read so both databases hash it alike.
 */
record Table(String name, List<String> columns, List<String> identities, List<Boolean> timestamps) {

  String selectAll() {
    return "select " + String.join(", ", columns) + " from " + name;
  }

  String insert() {
    return "insert into " + name + " (" + String.join(", ", columns) + ") values ("
        + String.join(", ", columns.stream().map(c -> "?").toList()) + ")";
  }
}
