import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the sampled threads' bytes went, from the jdk.ObjectAllocationSample events of a JFR
 * recording (each sample's weight is the bytes allocated since the thread's previous sample).
 *
 *   java bench/JfrAllocSummary.java REC.jfr [THREAD_PREFIX] [REQUESTS] [FRAME]
 *
 * With FRAME (e.g. kiosque.web.RequestLog), only samples with that method on their stack count:
 * Jetty's idle pool threads allocate too (queue nodes while they wait), and their samples carry
 * weights that say nothing about a page.
 *
 * Each thread's first sample in the recording is left out: its weight is everything the thread
 * allocated since its last sample before the recording started (the warm-up, hundreds of MB on a
 * request thread), charged to whatever object it happened to be. Counted, such samples put
 * FrenchDates.local, CacheKeys and Jetty's header cache each at 5 to 9 % of a page (session 10).
 *
 * Read with the JDK's own reader: the JSON of `jfr print` with deep stacks runs to gigabytes.
 */
public class JfrAllocSummary {
  public static void main(String[] args) throws Exception {
    String prefix = args.length > 1 ? args[1] : "";
    long requests = args.length > 2 ? Long.parseLong(args[2]) : 0;
    String within = args.length > 3 ? args[3] : null;
    Map<String, Long> byClass = new HashMap<>();
    Map<String, Long> byTop = new HashMap<>();
    Map<String, Long> byKiosque = new HashMap<>();
    Map<String, Long> anywhere = new HashMap<>();
    long total = 0;
    long firstSamples = 0;
    Set<Long> sampledThreads = new HashSet<>();
    List<RecordedEvent> samples = RecordingFile.readAllEvents(Path.of(args[0])).stream()
        .filter(e -> e.getEventType().getName().equals("jdk.ObjectAllocationSample"))
        .sorted(java.util.Comparator.comparing(RecordedEvent::getStartTime)).toList();
    for (RecordedEvent e : samples) {
      String thread = e.getThread("eventThread") == null ? "" : String.valueOf(e.getThread("eventThread").getJavaName());
      if (!thread.startsWith(prefix)) {
        continue;
      }
      if (e.getThread("eventThread") != null && sampledThreads.add(e.getThread("eventThread").getJavaThreadId())) {
        firstSamples += e.getLong("weight");
        continue;
      }
      List<RecordedFrame> frames = e.getStackTrace() == null ? List.of() : e.getStackTrace().getFrames();
      if (within != null && frames.stream().noneMatch(
          f -> (f.getMethod().getType().getName() + "." + f.getMethod().getName()).equals(within))) {
        continue;
      }
      long weight = e.getLong("weight");
      total += weight;
      byClass.merge(e.getClass("objectClass").getName(), weight, Long::sum);
      Set<String> seen = new HashSet<>();
      String firstKiosque = null;
      for (int i = 0; i < frames.size(); i++) {
        RecordedFrame f = frames.get(i);
        String name = f.getMethod().getType().getName() + "." + f.getMethod().getName();
        if (i == 0) {
          byTop.merge(name, weight, Long::sum);
        }
        if (firstKiosque == null && name.startsWith("kiosque.") && !name.contains("$$Lambda")) {
          firstKiosque = name;
        }
        if (seen.add(name)) {
          anywhere.merge(name, weight, Long::sum);
        }
      }
      byKiosque.merge(firstKiosque == null ? "(no kiosque frame)" : firstKiosque, weight, Long::sum);
    }
    if (total == 0) {
      System.out.println("no allocation samples for threads starting with '" + prefix + "'");
      return;
    }
    System.out.printf("%.1f MB sampled on threads starting with '%s'%s%s%n", total / 1048576.0, prefix,
        within == null ? "" : " under " + within,
        requests > 0 ? String.format(", %.1f KB per request", total / 1024.0 / requests) : "");
    System.out.printf("(left out: each thread's first sample, %.1f MB, bytes from before the recording)%n",
        firstSamples / 1048576.0);
    print("allocated class", byClass, total, 15, n -> true);
    print("top frame", byTop, total, 20, n -> true);
    print("first kiosque frame", byKiosque, total, 25, n -> true);
    print("anywhere on the stack (kiosque, templates, database, Jetty)", anywhere, total, Integer.getInteger("anywhere", 60),
        n -> !n.contains("$$Lambda") && (n.startsWith("kiosque.") || n.startsWith("gg.jte.") || n.startsWith("org.jdbi.")
            || n.startsWith("org.h2.") || n.startsWith("org.postgresql.") || n.startsWith("com.fasterxml.")
            || n.startsWith("org.eclipse.jetty.server.") || n.startsWith("io.javalin.")));
  }

  private static void print(String title, Map<String, Long> counts, long total, int limit,
      java.util.function.Predicate<String> shown) {
    System.out.println();
    System.out.println("by " + title + ":");
    counts.entrySet().stream().filter(e -> shown.test(e.getKey()))
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(e -> System.out.printf("  %5.1f %%  %s%n", 100.0 * e.getValue() / total, e.getKey()));
  }
}
