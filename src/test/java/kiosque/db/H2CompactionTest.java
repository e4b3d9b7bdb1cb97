package kiosque.db;

import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Clock;
import java.util.List;
import kiosque.Wiring;
import kiosque.config.Settings;
import kiosque.testsupport.SearchTestSupport;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreTool;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class H2CompactionTest {

  @TempDir
  Path dir;

  @Test
  void aFileLeftWithDeadChunksShrinksAndKeepsEveryRow() throws Exception {
    try (Wiring site = new Wiring(SearchTestSupport.settings(dir), Clock.systemUTC())) {
      for (int i = 0; i < 20; i++) {
        article("Dépêche numéro " + i + " de la rédaction").saveWith(site.articleService());
      }
    }
    // What a bulk job or a migration rewriting a table leaves: pages written, then dead. One
    // connection throughout, and no compaction when it closes: H2 otherwise compacts for up to
    // 200 ms then, and on a fast run that already shrank the file (CI: 112 KB before, 92 KB after).
    List<String> titles;
    try (Connection open = DriverManager.getConnection(Settings.h2UrlAlone(dir) + ";MAX_COMPACT_TIME=0", "sa", "")) {
      Jdbi held = Jdbi.create(open);
      held.useHandle(h -> {
        h.execute("create table scratch as select repeat('é', 2000) as filler from system_range(1, 5000)");
        h.execute("checkpoint"); // written to the file, as a long job's pages are
        h.execute("drop table scratch");
        h.execute("checkpoint");
      });
      int liveBefore = H2Compaction.livePercent(held).orElseThrow();
      assertThat(liveBefore).isLessThan(H2Compaction.ADVISED_UNDER_LIVE_PERCENT);
      assertThat(H2Compaction.adviceAfter(H2Compaction.ADVISED_FROM_ARTICLES, held)).hasValue(liveBefore);
      assertThat(H2Compaction.adviceAfter(H2Compaction.ADVISED_FROM_ARTICLES - 1, held))
          .as("a small job is not worth a word").isEmpty();
      titles = titles(held);
    }
    Jdbi alone = Jdbi.create(Settings.h2UrlAlone(dir), "sa", "");
    long before = Files.size(dir.resolve("kiosque.mv.db"));

    H2Compaction.Result result = new H2Compaction("sa", "").compact(dir);

    assertThat(result.bytesBefore()).isEqualTo(before);
    assertThat(result.bytesAfter()).isEqualTo(Files.size(dir.resolve("kiosque.mv.db")))
        .isLessThan(before / 2);
    // Read once: on a file this small, each later open and close writes a chunk that moves the rate.
    assertThat(H2Compaction.adviceAfter(100_000, alone)).as("the file just compacted needs nothing").isEmpty();
    assertThat(titles(alone)).hasSize(20).isEqualTo(titles);
    assertThat(compressedPages(dir.resolve("kiosque.mv.db")))
        .as("pages written plain, as the running site writes them: no LZF to expand on every cache miss")
        .isZero();
  }

  @Test
  void aDirectoryWithoutADatabaseIsRefused() {
    assertThatThrownBy(() -> new H2Compaction("sa", "").compact(dir))
        .isInstanceOfSatisfying(H2Compaction.RefusedException.class, e -> {
          assertThat(e.reason()).isEqualTo(H2Compaction.Reason.NO_DATABASE);
          assertThat(e.directory()).isEqualTo(dir.toAbsolutePath());
        });
    assertThat(dir.resolve("kiosque.mv.db")).doesNotExist();
  }

  @Test
  void aFileOpenedByAnotherStoreAfterTheShutdownIsLeftAsItWasWithTheSiteRunningRefusal() throws Exception {
    Path file = dir.resolve("kiosque.mv.db");
    try (MVStore store = new MVStore.Builder().fileName(file.toString()).open()) {
      store.openMap("pages").put(1, "une page");
      store.commit();
      byte[] before = Files.readAllBytes(file);
      // The window the refusal covers: the database shut down, then a site started on it.
      assertThatThrownBy(() -> H2Compaction.rewritePlain(dir, file))
          .isInstanceOfSatisfying(H2Compaction.RefusedException.class, e -> {
            assertThat(e.reason()).isEqualTo(H2Compaction.Reason.IN_USE);
            assertThat(e.directory()).isEqualTo(dir.toAbsolutePath());
          });
      assertThat(Files.readAllBytes(file)).isEqualTo(before);
      assertThat(store.<Integer, String>openMap("pages").get(1)).isEqualTo("une page");
    }
  }

  /** The pages of the file that H2 wrote compressed, as its own dump tool lists them. */
  static long compressedPages(Path file) {
    StringWriter dump = new StringWriter();
    MVStoreTool.dump(file.toString(), dump, true);
    assertThat(dump.toString()).contains("leaf");
    return dump.toString().lines().filter(line -> line.contains(" compressed,")).count();
  }

  private static List<String> titles(Jdbi db) {
    return db.withHandle(h -> h.createQuery("select title from article order by id").mapTo(String.class).list());
  }
}
