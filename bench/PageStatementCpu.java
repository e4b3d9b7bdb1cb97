import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * CPU a page of each statement the uncached article page runs on H2 (and of variants), in process,
 * on one thread, over the article rotation: the request thread's database CPU without Jetty, JTE
 * or the collector, so two forms of a read compare on a busy machine (session 14, issue 15).
 *
 *   java @deploy/jvm.options -cp target/kiosque.jar bench/PageStatementCpu.java ROTATION_FILE ROUNDS DATA_DIR [MODE]
 *
 * MODE "page" (default) runs the statements article by article, in the page's order, as the site
 * does: each statement then meets CPU caches that the others have filled, which is what a page pays
 * (session 14: three to five times what a loop of one statement over every article pays, MODE
 * "each"). ROTATION_FILE: article addresses (bench/cold.sh's cold-articles.txt), the id after the
 * last '-'. Read the last rounds: the first ones fill H2's cache and compile. The data directory
 * must not be served meanwhile (H2's lock).
 */
public class PageStatementCpu {

  /** Session 13's read of the first items, their teasers joined (RelatedListStore.FIRST_ITEMS then). */
  static final String FIRST_ITEMS_JOINED = """
      select coalesce(st.changed_at, st.computed_at) as changed_at, r.list_kind, a.updated_at, %s
      from related_list_state st
      left join related_item r on r.article_id = st.article_id
        and r.position < case when r.list_kind = 'further' then 4 else 10 end
      left join article_teaser a on a.id = r.related_id and a.status = 'published'
      %s
      where st.article_id = ?
      order by r.list_kind, r.position
      """;

  public static void main(String[] args) throws Exception {
    List<Long> ids = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(args[0]))) {
      ids.add(Long.parseLong(line.substring(line.lastIndexOf('-') + 1).strip()));
    }
    int rounds = Integer.parseInt(args[1]);
    Path dir = Path.of(args[2]).toAbsolutePath();
    boolean byPage = args.length < 4 || args[3].equals("page");
    Map<String, String> sql = new LinkedHashMap<>();
    sql.put("article", text("kiosque.content.WholeArticleRead", "ARTICLE"));
    sql.put("authors and topics, one union", text("kiosque.content.WholeArticleRead", "PEOPLE_AND_TOPICS"));
    sql.put("authors", text("kiosque.content.WholeArticleRead", "AUTHORS_ALONE"));
    sql.put("topics", text("kiosque.content.WholeArticleRead", "TOPICS_ALONE"));
    sql.put("first items, teasers joined", FIRST_ITEMS_JOINED.formatted(
        text("kiosque.content.ArticleStore", "TEASER_SELECT"), text("kiosque.content.ArticleStore", "TEASER_JOINS")));
    sql.put("first items by id", text("kiosque.related.RelatedListStore", "FIRST_ITEMS"));
    var db = kiosque.db.Database.open(kiosque.config.Settings.h2Url(dir), "sa", "", dir);
    try (var handle = db.jdbi().open()) {
      Connection c = handle.getConnection();
      var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
      String[] names = sql.keySet().toArray(String[]::new);
      for (int round = 0; round < rounds; round++) {
        long[] cpu = new long[names.length];
        if (byPage) {
          for (long id : ids) {
            for (int s = 0; s < names.length; s++) {
              cpu[s] += timed(threads, c, sql.get(names[s]), id);
            }
          }
        } else {
          for (int s = 0; s < names.length; s++) {
            for (long id : ids) {
              cpu[s] += timed(threads, c, sql.get(names[s]), id);
            }
          }
        }
        StringBuilder line = new StringBuilder("round " + round + (byPage ? " (page by page):" : " (each alone):"));
        for (int s = 0; s < names.length; s++) {
          line.append(String.format(" %s %.1f µs;", names[s], cpu[s] / 1000.0 / ids.size()));
        }
        System.out.println(line);
      }
    }
    db.close();
  }

  private static long timed(com.sun.management.ThreadMXBean threads, Connection c, String sql, long id)
      throws Exception {
    int parameters = (int) sql.chars().filter(ch -> ch == '?').count();
    long start = threads.getCurrentThreadCpuTime();
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int p = 1; p <= parameters; p++) {
        statement.setLong(p, id);
      }
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          rs.getString(2);
        }
      }
    }
    return threads.getCurrentThreadCpuTime() - start;
  }

  private static String text(String type, String field) throws ReflectiveOperationException {
    Field f = Class.forName(type).getDeclaredField(field);
    f.setAccessible(true);
    return (String) f.get(null);
  }
}
