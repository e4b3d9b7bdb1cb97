import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Bytes the uncached article page's three H2 statements allocate (the article, its authors and
 * topics, its related lists: WholeArticleRead's texts), in process, on one thread, on a pooled
 * connection opened as the site opens it (kiosque.db.Database, H2's cache as at -Xmx512m), each
 * way of running them in turn, round after round:
 *
 *   java -Xmx512m -cp target/kiosque.jar bench/PageStatementBytes.java IDS_FILE ROUNDS DATA_DIR [MODES]
 *
 * IDS_FILE: article ids or addresses, the id after the last '-'. MODES, comma-separated
 * (default auto,tx): auto = each statement its own transaction (auto-commit, as the site runs);
 * tx = the page's three in one transaction (auto-commit off, commit after the page). ISOLATION
 * (e.g. "REPEATABLE READ", SNAPSHOT) sets the session's isolation first. Read the last rounds: the
 * first ones fill H2's cache and compile. The data directory must not be served meanwhile (H2's lock).
 */
public class PageStatementBytes {

  public static void main(String[] args) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      ids.add(Long.parseLong(line.substring(line.lastIndexOf('-') + 1).strip()));
    }
    int rounds = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]).toAbsolutePath();
    String[] modes = (args.length > 3 ? args[3] : "auto,tx").split(",");
    String[] sql = {text("kiosque.content.WholeArticleRead", "ARTICLE"),
        text("kiosque.content.WholeArticleRead", "PEOPLE_AND_TOPICS"), text("kiosque.related.RelatedListStore", "SHOWN_LISTS")};
    int[] parameters = {1, 2, 1};
    var db = kiosque.db.Database.open(kiosque.config.Settings.h2Url(dir), "sa", "", dir);
    try (var handle = db.jdbi().open()) {
      Connection c = handle.getConnection();
      if (System.getenv("ISOLATION") != null) {
        c.createStatement().execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL " + System.getenv("ISOLATION"));
      }
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      long tid = Thread.currentThread().threadId();
      for (int round = 0; round < rounds; round++) {
        for (String mode : modes) {
          long[] bytes = new long[3];
          long start = threads.getThreadAllocatedBytes(tid);
          long cpu = threads.getCurrentThreadCpuTime();
          for (long id : ids) {
            c.setAutoCommit(!mode.equals("tx"));
            for (int s = 0; s < 3; s++) {
              long before = threads.getThreadAllocatedBytes(tid);
              try (PreparedStatement statement = c.prepareStatement(sql[s])) {
                for (int p = 1; p <= parameters[s]; p++) {
                  statement.setLong(p, id);
                }
                try (ResultSet rs = statement.executeQuery()) {
                  while (rs.next()) {
                    rs.getString(2);
                  }
                }
              }
              bytes[s] += threads.getThreadAllocatedBytes(tid) - before;
            }
            if (mode.equals("tx")) {
              c.commit();
            }
          }
          c.setAutoCommit(true);
          double n = ids.size();
          System.out.printf("round %d %-4s %.1f KB a page (article %.1f, people and topics %.1f, related lists %.1f), %.0f µs CPU%n",
              round, mode, (threads.getThreadAllocatedBytes(tid) - start) / 1024.0 / n, bytes[0] / 1024.0 / n,
              bytes[1] / 1024.0 / n, bytes[2] / 1024.0 / n, (threads.getCurrentThreadCpuTime() - cpu) / 1000.0 / n);
        }
      }
    }
    db.close();
  }

  private static String text(String type, String field) throws ReflectiveOperationException {
    Field f = Class.forName(type).getDeclaredField(field);
    f.setAccessible(true);
    return (String) f.get(null);
  }
}
