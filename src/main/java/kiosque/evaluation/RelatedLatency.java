package kiosque.evaluation;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import kiosque.content.Article;
import kiosque.content.ArticleStore;
import kiosque.EvaluationContext;
import kiosque.content.Teaser;
import kiosque.related.RelatedArticles;
import kiosque.related.RelatedProbe;
import kiosque.related.RelatedService;
import org.jdbi.v3.core.Jdbi;

/**
 * Times the related engine on an existing data directory: computing one article's lists (the
 * engine alone, and with the database reads and writes of a refresh), and the page view's read of
 * the stored lists. Articles are drawn at random (fixed seed) among the published ones.
 */
final class RelatedLatency {

  /** Percentiles in milliseconds. */
  public record Timing(String what, int samples, double p50, double p95, double p99, double max, double mean) {}

  private final Jdbi jdbi;
  private final ArticleStore articles;
  private final RelatedService related;
  private final RelatedProbe probe;

  RelatedLatency(EvaluationContext context) {
    this.jdbi = context.jdbi();
    this.articles = context.articles();
    this.related = context.related();
    this.probe = context.probe();
  }

  public List<Timing> run(int samples, int warmup, long seed) {
    Random random = new Random(seed);
    List<Article> sample = sample(samples + warmup, random);
    for (Article article : sample.subList(0, warmup)) {
      probe.computeOnly(article);
      related.refresh(article.id());
    }
    List<Article> measured = sample.subList(warmup, sample.size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] computeCpu = new double[measured.size()];
    double[] compute = new double[measured.size()];
    double[] refresh = new double[measured.size()];
    double[] read = new double[measured.size()];
    for (int i = 0; i < measured.size(); i++) {
      Article article = measured.get(i);
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      probe.computeOnly(article);
      long t1 = System.nanoTime();
      computeCpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
      related.refresh(article.id());
      long t2 = System.nanoTime();
      List<Teaser> further = related.reader().goFurther(article, 4);
      Set<Long> shown = new HashSet<>();
      further.forEach(t -> shown.add(t.id()));
      related.reader().recommendations(article, shown, 10);
      long t3 = System.nanoTime();
      compute[i] = (t1 - t0) / 1e6;
      refresh[i] = (t2 - t1) / 1e6;
      read[i] = (t3 - t2) / 1e6;
    }
    // A page view of an article whose lists are not stored yet: the SQL baseline served it before;
    // now the engine computes them in the request and stores them (ComputedOnMiss).
    double[] miss = new double[Math.min(200, measured.size())];
    for (int i = 0; i < miss.length; i++) {
      Article article = measured.get(i);
      probe.forgetLists(article.id());
      long t0 = System.nanoTime();
      readBoth(related.reader(), article);
      miss[i] = (System.nanoTime() - t0) / 1e6;
    }
    RelatedArticles baseline = probe.sqlBaseline();
    double[] sql = new double[Math.min(30, measured.size())];
    for (int i = 0; i < sql.length; i++) {
      long t0 = System.nanoTime();
      readBoth(baseline, measured.get(miss.length - 1 - i % miss.length));
      sql[i] = (System.nanoTime() - t0) / 1e6;
    }
    // The background sweep's queries (lists older than a day, articles without lists), as it runs every 10 s.
    double[] sweep = new double[20];
    for (int i = 0; i < sweep.length; i++) {
      long t0 = System.nanoTime();
      related.sweepNow();
      sweep[i] = (System.nanoTime() - t0) / 1e6;
    }
    // Its worst case, when no article lacks lists: the scan reads every published article (hourly at most).
    double[] fullScan = new double[5];
    for (int i = 0; i < fullScan.length; i++) {
      long t0 = System.nanoTime();
      jdbi.withHandle(h -> h.createQuery("""
              select count(*) from article a where a.status = 'published'
                and not exists (select 1 from related_list_state st where st.article_id = a.id)""")
          .mapTo(Long.class).one());
      fullScan[i] = (System.nanoTime() - t0) / 1e6;
    }
    return List.of(timing("compute both lists (engine, index only), wall time", compute),
        timing("compute both lists, CPU time of the computing thread", computeCpu),
        timing("refresh one article (read it, compute, store, as the follower does)", refresh),
        timing("page view: read both stored lists (2 SQL queries)", read),
        timing("page view, lists not stored yet: computed in the request and stored (now)", miss),
        timing("page view, lists not stored yet: SQL baseline (before)", sql),
        timing("background sweep: find stale and missing lists (2 SQL queries)", sweep),
        timing("missing-lists scan over the whole archive (its worst case)", fullScan));
  }

  /**
   * The engine alone on the same sample as {@link #run}: CPU of the computing thread and wall time
   * of both lists, nothing stored or read from the database in between. Minutes instead of the full
   * run's half hour at 100,000 articles (most of which is the SQL baseline), for comparing engines.
   */
  List<Timing> engineOnly(int samples, int warmup, long seed) {
    Random random = new Random(seed);
    List<Article> sample = sample(samples + warmup, random);
    sample.subList(0, warmup).forEach(probe::computeOnly);
    List<Article> measured = sample.subList(warmup, sample.size());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[] cpu = new double[measured.size()];
    double[] wall = new double[measured.size()];
    for (int i = 0; i < measured.size(); i++) {
      long cpu0 = threads.getCurrentThreadCpuTime();
      long t0 = System.nanoTime();
      probe.computeOnly(measured.get(i));
      wall[i] = (System.nanoTime() - t0) / 1e6;
      cpu[i] = (threads.getCurrentThreadCpuTime() - cpu0) / 1e6;
    }
    return List.of(timing("compute both lists (engine, index only), wall time", wall),
        timing("compute both lists, CPU time of the computing thread", cpu));
  }

  /** The lists the engine computes for the same sample as {@link #engineOnly}, one line an article, in its order. */
  List<String> describeLists(int samples, int warmup, long seed) {
    return sample(samples + warmup, new Random(seed)).stream().map(probe::describeLists).toList();
  }

  private List<Article> sample(int count, Random random) {
    List<Long> ids = jdbi.withHandle(h -> h.createQuery("select id from article where status = 'published' order by id")
        .mapTo(Long.class).list());
    List<Article> sample = new ArrayList<>();
    for (List<Long> chunk : chunks(pick(ids, count, random), 500)) {
      sample.addAll(articles.findByIds(chunk));
    }
    Collections.shuffle(sample, random);
    return sample;
  }

  private static void readBoth(RelatedArticles reader, Article article) {
    Set<Long> shown = new HashSet<>();
    reader.goFurther(article, 4).forEach(t -> shown.add(t.id()));
    reader.recommendations(article, shown, 10);
  }

  private static List<Long> pick(List<Long> ids, int count, Random random) {
    List<Long> copy = new ArrayList<>(ids);
    Collections.shuffle(copy, random);
    return copy.subList(0, Math.min(count, copy.size()));
  }

  private static List<List<Long>> chunks(List<Long> ids, int size) {
    List<List<Long>> chunks = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += size) {
      chunks.add(ids.subList(from, Math.min(ids.size(), from + size)));
    }
    return chunks;
  }

  private static Timing timing(String what, double[] millis) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    return new Timing(what, sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
        sorted.length == 0 ? 0 : sorted[sorted.length - 1], Arrays.stream(sorted).average().orElse(0));
  }

  private static double percentile(double[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }
}
