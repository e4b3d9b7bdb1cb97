package kiosque.search;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import kiosque.Wiring;
import kiosque.changes.Change;
import kiosque.changes.ChangeKind;
import kiosque.testsupport.SearchTestSupport;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MergePolicy;

/**
 * What index a live site has (docs/benchmarks.md, session 11): drives the readers' index of a data
 * directory (a copy: it is changed in place) through the real {@link SearchIndexFollower} and
 * {@link SearchIndex}, as a running node would, and prints its segments as it goes.
 *
 * <ul>
 *   <li>{@code --mode base --articles N}: the index as a full rebuild left it N publications ago:
 *       the N newest articles' documents deleted, then everything merged into one segment.
 *   <li>{@code --mode publish --articles N}: those N articles published again, oldest first, each
 *       followed by {@code --edits E} edits (half of a recent article, half of any article), each
 *       change applied alone as the follower applies a change that comes alone; {@code --pause-ms}
 *       between changes for a newsroom's pace.
 *   <li>{@code --mode settle}: one more edit, then the merges it starts waited for.
 *   <li>{@code --mode show}: the segments; the index is only dated by this database's log.
 *   <li>{@code --mode import}: the index emptied, then every published article applied in batches
 *       of 500 (the change feed's batch), as a server follows {@code kiosque import} run beside it.
 * </ul>
 *
 * {@code --policy main|kiosque} picks the writer's merge policy: Lucene's default, or the one
 * {@link SearchIndex} uses. Every change carries the database log's head as its sequence number,
 * so a node that opens the directory afterwards trusts the index and applies nothing.
 */
public final class LiveIndexSimulation {

  public static void main(String[] args) throws Exception {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    Path data = Path.of(options.get("--data"));
    String mode = options.getOrDefault("--mode", "publish");
    int articles = Integer.parseInt(options.getOrDefault("--articles", "2000"));
    int edits = Integer.parseInt(options.getOrDefault("--edits", "2"));
    int every = Integer.parseInt(options.getOrDefault("--every", "1000"));
    // A newsroom's pace: changes seconds apart, not back to back (the merges run meanwhile).
    long pause = Long.parseLong(options.getOrDefault("--pause-ms", "0"));
    pauseMillis = pause;
    MergePolicy policy = switch (options.getOrDefault("--policy", "kiosque")) {
      case "main" -> new org.apache.lucene.index.TieredMergePolicy();
      case "kiosque" -> SearchIndex.mergePolicy();
      default -> throw new IllegalArgumentException("--policy main|kiosque");
    };
    try (Wiring wiring = new Wiring(SearchTestSupport.settings(data), Clock.systemUTC());
        SearchIndex index = SearchIndex.open(SearchTestSupport.settings(data).indexDir(), policy)) {
      SearchIndexFollower follower = new SearchIndexFollower(index, wiring.articleStore(), wiring.changeLog());
      long head = wiring.changeLog().head();
      List<Long> newest = wiring.database().jdbi().withHandle(h -> h.createQuery(
              "select id from article where status = 'published' order by published_at desc, id desc limit :n")
          .bind("n", mode.equals("import") ? Integer.MAX_VALUE : articles).mapTo(Long.class).list());
      long cpu0 = processCpu();
      long wall0 = System.nanoTime();
      switch (mode) {
        case "base" -> {
          for (long id : newest) {
            index.delete(id);
          }
          index.mergeIntoOneSegment(() -> false);
          commit(index, head);
          print(index, "base: " + newest.size() + " newest deleted, merged");
        }
        case "publish" -> {
          Random random = new Random(42);
          List<Long> published = new ArrayList<>();
          List<Long> all = wiring.database().jdbi().withHandle(h -> h.createQuery(
              "select id from article where status = 'published'").mapTo(Long.class).list());
          int changes = 0;
          int next = every;
          for (long id : newest.reversed()) {
            published.add(id);
            changes += apply(follower, head, id, ChangeKind.PUBLISHED);
            for (int e = 0; e < edits; e++) {
              long edited = random.nextBoolean()
                  ? published.get(Math.max(0, published.size() - 1 - random.nextInt(20)))
                  : all.get(random.nextInt(all.size()));
              changes += apply(follower, head, edited, ChangeKind.UPDATED);
            }
            if (changes >= next) {
              print(index, changes + " changes");
              next += every;
            }
          }
          settle(index, head);
          print(index, "end, " + changes + " changes, merges done");
        }
        case "import" -> {
          index.rebuildStarted();
          index.refresh();
          commit(index, head);
          List<Long> ids = newest.stream().sorted().toList();
          for (int from = 0; from < ids.size(); from += SearchIndexFollower.BATCH) {
            List<Change> batch = ids.subList(from, Math.min(ids.size(), from + SearchIndexFollower.BATCH)).stream()
                .map(id -> new Change(head, id, ChangeKind.CREATED, Instant.now())).toList();
            follower.apply(batch);
            if ((from / SearchIndexFollower.BATCH + 1) % Math.max(1, every / SearchIndexFollower.BATCH) == 0) {
              print(index, (from + batch.size()) + " imported");
            }
          }
          settle(index, head);
          print(index, "end, " + ids.size() + " imported, merges done");
        }
        case "show" -> {
          // Dated by this database's log, so that a node opening the directory trusts the index.
          commit(index, head);
          print(index, "index");
        }
        case "settle" -> {
          // One more edit: its flush lets the policy start what the last run's close cut short.
          apply(follower, head, newest.getFirst(), ChangeKind.UPDATED);
          settle(index, head);
          print(index, "one more edit, merges done");
        }
        default -> throw new IllegalArgumentException("--mode base|publish|import|show");
      }
      System.out.printf("process CPU %.1f s, wall %.1f s%n", (processCpu() - cpu0) / 1e9, (System.nanoTime() - wall0) / 1e9);
    }
  }

  private static long pauseMillis;

  private static int apply(SearchIndexFollower follower, long head, long id, ChangeKind kind) throws Exception {
    follower.apply(List.of(new Change(head, id, kind, Instant.now())));
    if (pauseMillis > 0) {
      Thread.sleep(pauseMillis);
    }
    return 1;
  }

  /** Waits for the merges the policy started (a closing writer would drop them), then commits. */
  private static void settle(SearchIndex index, long head) throws Exception {
    if (!SearchTestSupport.waitFor(java.time.Duration.ofMinutes(10), () -> !index.merging())) {
      throw new IllegalStateException("merges still running after 10 minutes");
    }
    commit(index, head);
  }

  private static void commit(SearchIndex index, long head) throws Exception {
    index.refresh();
    index.applied(head);
    index.commit();
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** One line: the segments, largest first, as live documents (+ deleted). */
  static void print(SearchIndex index, String when) {
    String shape = index.withSearcher(searcher -> searcher.getIndexReader().leaves().stream()
        .map(LeafReaderContext::reader)
        .sorted(Comparator.comparingInt(r -> -r.maxDoc()))
        .map(r -> r.numDocs() + (r.numDeletedDocs() > 0 ? "(+" + r.numDeletedDocs() + ")" : ""))
        .collect(Collectors.joining(" ")));
    int segments = index.withSearcher(searcher -> searcher.getIndexReader().leaves().size());
    System.out.printf("%s: %d segments: %s%n", when, segments, shape);
    System.out.flush();
  }
}
