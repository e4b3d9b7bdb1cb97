package kiosque.metrics;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import kiosque.cache.PageCache;
import kiosque.cdn.CdnPurger;
import kiosque.changes.ChangeFeed;
import kiosque.changes.ChangeLog;
import kiosque.config.SettingDefinition;
import kiosque.config.SettingsSource;
import kiosque.web.RouteGroup;
import org.eclipse.jetty.server.Handler;

/**
 * The node's metrics in Prometheus's text format at {@code /metrics}. Not public: a scraper sends
 * {@code Authorization: Bearer <kiosque.metrics.token>}; without a token configured the address
 * does not exist (404). A token rather than the newsroom's login, because Prometheus scrapes
 * without a session, and rather than a second port, because every node is already reachable on
 * its one port behind the load balancer's back and a token works through any proxy.
 */
public final class Metrics implements RouteGroup, AutoCloseable {

  public static final SettingDefinition TOKEN = new SettingDefinition("kiosque.metrics.token", "KIOSQUE_METRICS_TOKEN",
      "", "Bearer token Prometheus sends to read /metrics; empty turns /metrics off (404).");

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final byte[] token;
  private final JvmGcMetrics gc = new JvmGcMetrics();

  private Metrics(String token) {
    this.token = token.getBytes(StandardCharsets.UTF_8);
    new JvmMemoryMetrics().bindTo(registry);
    gc.bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ClassLoaderMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    new UptimeMetrics().bindTo(registry);
  }

  /** Metrics when a token is configured; empty otherwise (nothing is measured then). */
  public static Optional<Metrics> configured(SettingsSource settings) {
    String token = settings.string(TOKEN);
    return token.isEmpty() ? Optional.empty() : Optional.of(new Metrics(token));
  }

  /** Wraps the server's outermost handler so that every request is timed, cache hits included. */
  public Function<Map<String, String>, Handler.Wrapper> timing(Function<Map<String, String>, Handler.Wrapper> front) {
    return headers -> new RequestTiming(registry, front.apply(headers));
  }

  public void pageCache(PageCache cache) {
    Gauge.builder("kiosque.page.cache.entries", cache, c -> c.stats().entries())
        .description("Responses in this node's page cache").register(registry);
    Gauge.builder("kiosque.page.cache.size", cache, c -> c.stats().bytes()).baseUnit("bytes")
        .description("Memory the page cache holds").register(registry);
    FunctionCounter.builder("kiosque.page.cache.hits", cache, c -> c.stats().hits()).register(registry);
    FunctionCounter.builder("kiosque.page.cache.misses", cache, c -> c.stats().misses()).register(registry);
    FunctionCounter.builder("kiosque.page.cache.evictions", cache, c -> c.stats().evictions()).register(registry);
  }

  /** How many changes each follower of this node is behind the head of the log. */
  public void changeFeed(ChangeFeed feed, ChangeLog log) {
    LogHead head = new LogHead(log);
    for (String follower : feed.positions().keySet()) {
      Gauge.builder("kiosque.change.feed.behind", feed,
              f -> Math.max(0, head.get() - f.positions().getOrDefault(follower, 0L)))
          .description("Changes of the log this follower has not applied yet").tag("follower", follower)
          .register(registry);
    }
  }

  public void cdnPurge(CdnPurger purger) {
    Gauge.builder("kiosque.cdn.purge.lease.held", purger, p -> p.holding() ? 1 : 0)
        .description("1 on the node holding the cdn-purge lease (the one sending purges)").register(registry);
    Gauge.builder("kiosque.cdn.purge.changes.behind", purger, CdnPurger::changesBehind)
        .description("Changes of the log not yet turned into CDN keys").register(registry);
    for (String target : purger.pending().keySet()) {
      Gauge.builder("kiosque.cdn.purge.pending", purger, p -> p.pending().getOrDefault(target, 0L))
          .description("Queued keys this CDN has not confirmed").tag("target", target).register(registry);
    }
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/metrics", this::scrape);
  }

  private void scrape(Context ctx) {
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring(7).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"kiosque metrics\"");
      ctx.header("Cache-Control", "private, no-store");
      ctx.status(HttpStatus.UNAUTHORIZED).contentType("text/plain; charset=utf-8")
          .result("Send Authorization: Bearer <kiosque.metrics.token>\n");
      return;
    }
    ctx.header("Cache-Control", "private, no-store");
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(registry.scrape());
  }

  @Override
  public void close() {
    gc.close();
    registry.close();
  }

  /** Reads the head of the log at most once a second, however many gauges ask. */
  private static final class LogHead {
    private final ChangeLog log;
    private long value;
    private long readAt = Long.MIN_VALUE;

    LogHead(ChangeLog log) {
      this.log = log;
    }

    synchronized long get() {
      long now = System.nanoTime();
      if (readAt == Long.MIN_VALUE || now - readAt > 1_000_000_000L) {
        value = log.head();
        readAt = now;
      }
      return value;
    }
  }
}
