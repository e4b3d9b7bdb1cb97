package kiosque.related;

import static java.util.concurrent.TimeUnit.MINUTES;
import static kiosque.testsupport.SearchTestSupport.article;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kiosque.Wiring;
import kiosque.testsupport.BothDatabases;
import kiosque.testsupport.SearchTestSupport;
import kiosque.testsupport.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * Lists stored at the same moment by two writers whose items name each other's articles: the bulk
 * command's two threads, or a node's refresh beside another node's. Each writer locks its own
 * articles' rows; on PostgreSQL the items' foreign keys lock the articles they name too (key-share
 * locks), and an exclusive lock on the writers' own rows made the two wait for each other: the
 * bulk command died of "deadlock detected" within seconds at 100,000 articles.
 */
@BothDatabases
class RelatedListLocksTest {

  static final Instant NOW = SearchTestSupport.NOW;
  static final int ROUNDS = 15;

  @Parameter
  TestDatabase db;

  @TempDir
  Path data;

  private Wiring wiring;
  private long[] ids;

  @BeforeEach
  void open() {
    wiring = SearchTestSupport.wiring(data, db);
    ids = new long[8];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = article("Dépêche n° " + i + " sur le port de Tanger").section("Maroc").daysAgo(i + 1)
          .body("Le port de Tanger Med a accueilli un nouveau navire, le numéro " + i + " de l'année.")
          .saveWith(wiring.articleService());
    }
  }

  @AfterEach
  void close() {
    wiring.close();
  }

  @Test
  void writersWhoseItemsNameEachOthersArticlesNeverWaitForEachOther() throws Exception {
    RelatedListStore store = new RelatedListStore(wiring.database().jdbi());
    long[] first = Arrays.copyOfRange(ids, 0, 4);
    long[] second = Arrays.copyOfRange(ids, 4, 8);
    CyclicBarrier together = new CyclicBarrier(2);
    try (ExecutorService writers = Executors.newFixedThreadPool(2)) {
      // One writes in bulk, the other alternates bulk and one article at a time (a refresh).
      Future<?> bulk = writers.submit(() -> write(store, first, second, together, false));
      Future<?> mixed = writers.submit(() -> write(store, second, first, together, true));
      List<Throwable> failures = new ArrayList<>();
      for (Future<?> writer : List.of(bulk, mixed)) {
        try {
          writer.get(2, MINUTES);
        } catch (ExecutionException e) {
          failures.add(e.getCause());
        }
      }
      // The writer that failed first says why; the other only saw its partner leave.
      assertThat(failures).as("%s", failures).isEmpty();
    }

    Map<Long, List<RelatedListStore.Row>> stored = store.rows(Arrays.stream(ids).boxed().toList());
    assertThat(stored).hasSize(8);
    for (long id : first) {
      assertThat(stored.get(id)).hasSize(8).allMatch(row -> namesOneOf(row, second));
    }
    for (long id : second) {
      assertThat(stored.get(id)).hasSize(8).allMatch(row -> namesOneOf(row, first));
    }
  }

  private static Void write(RelatedListStore store, long[] own, long[] named, CyclicBarrier together,
      boolean oneAtATimeEveryOtherRound) throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Map<Long, ComputedLists> computed = new HashMap<>();
      for (long id : own) {
        computed.put(id, listsNaming(named, round));
      }
      Instant at = NOW.plusSeconds(round);
      together.await(1, MINUTES);
      try {
        if (oneAtATimeEveryOtherRound && round % 2 == 1) {
          computed.forEach((id, lists) -> store.save(id, lists, at));
        } else {
          store.saveAll(computed, computed.keySet(), at, Set.of());
        }
      } catch (RuntimeException e) {
        together.reset();
        throw e;
      }
    }
    return null;
  }

  /** Every named article in both lists, in an order that moves each round (so each write changes them). */
  private static ComputedLists listsNaming(long[] named, int round) {
    List<Pick> further = new ArrayList<>();
    List<Pick> recommended = new ArrayList<>();
    for (int i = 0; i < named.length; i++) {
      further.add(new Pick(named[(i + round) % named.length], "Termes : port", false));
      recommended.add(new Pick(named[(named.length - 1 - i + round) % named.length], "Termes : navire", false));
    }
    return new ComputedLists(further, recommended, List.of());
  }

  private static boolean namesOneOf(RelatedListStore.Row row, long[] articles) {
    return Arrays.stream(articles).anyMatch(id -> id == row.relatedId());
  }
}
