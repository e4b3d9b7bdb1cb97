import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The uncached article page's row read alone, in process, on one thread: the request threads' CPU
 * a page spends in H2 without Jetty, JTE or the collector's share, so two stores (or two queries)
 * compare on a busy machine by CPU time, not by wall clock. Alternates the stores round by round.
 *
 *   java -Xmx512m -cp target/kiosque.jar bench/ArticleRowRead.java ROTATION_FILE ROUNDS DATA_DIR...
 *
 * ROTATION_FILE: article addresses (bench/cold.sh's cold-articles.txt), the id after the last '-'.
 * Each DATA_DIR is opened as a site opens it (H2's cache 16 MB or CACHE_KB, its value cache off);
 * QUERY=bare reads every column the page reads but the bodies. Only the article's own statement:
 * not its people, topics or related lists (WholeArticleRead's other reads). The stores are read in
 * the same order each round: leave the first rounds out (the JIT compiles during the first store's).
 */
public class ArticleRowRead {
  static final String COLUMNS = """
      a.id, a.external_id, a.slug, a.title, a.summary, a.body_html, a.body_text, a.section_id, a.status,
      a.published_at, a.created_at, a.updated_at, a.source_name, a.source_url, a.version,
      a.kicker, a.seo_title, a.seo_description, a.social_title, a.social_media_id, a.correction, a.corrected_at,
      s.name as section_name, s.slug as section_slug, s.description as section_description""";

  public static void main(String[] args) throws Exception {
    System.setProperty("h2.objectCache", "false");
    List<Long> ids = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      ids.add(Long.parseLong(line.substring(line.lastIndexOf('-') + 1).strip()));
    }
    int rounds = Integer.parseInt(args[1]);
    String query = switch (System.getenv().getOrDefault("QUERY", "page")) {
      case "page" -> "select " + COLUMNS + ", m.id as media_id, m.width, m.height, m.alt_text, m.credit, m.crop_version"
          + " from article a left join section s on s.id = a.section_id left join media m on m.id = a.lead_media_id where a.id = ?";
      case "bare" -> "select " + COLUMNS.replace("a.body_html, a.body_text,", "")
          + " from article a left join section s on s.id = a.section_id where a.id = ?";
      default -> throw new IllegalArgumentException("QUERY=page|bare");
    };
    List<Connection> stores = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      stores.add(DriverManager.getConnection("jdbc:h2:file:" + Path.of(args[i]).toAbsolutePath().resolve("kiosque")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE="
          + System.getenv().getOrDefault("CACHE_KB", "16384"), "sa", ""));
    }
    var threads = ManagementFactory.getThreadMXBean();
    var memory = (com.sun.management.ThreadMXBean) threads;
    long tid = Thread.currentThread().threadId();
    for (int round = 0; round < rounds; round++) {
      for (int s = 0; s < stores.size(); s++) {
        long cpu = threads.getCurrentThreadCpuTime();
        long bytes = memory.getThreadAllocatedBytes(tid);
        long chars = 0;
        try (PreparedStatement statement = stores.get(s).prepareStatement(query)) {
          for (long id : ids) {
            statement.setLong(1, id);
            try (ResultSet rs = statement.executeQuery()) {
              if (rs.next()) {
                chars += rs.getString(rs.getMetaData().getColumnCount() > 20 ? 4 : 1).length();
              }
            }
          }
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        bytes = memory.getThreadAllocatedBytes(tid) - bytes;
        System.out.printf("round %d %s: %.1f us CPU a read, %.1f KB allocated a read (%d chars)%n", round,
            args[2 + s], cpu / 1000.0 / ids.size(), bytes / 1024.0 / ids.size(), chars);
      }
    }
    for (Connection c : stores) {
      c.close();
    }
  }
}
