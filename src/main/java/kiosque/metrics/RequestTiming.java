package kiosque.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Times every request from the outermost Jetty handler, so that page-cache hits answered before
 * Javalin count too, labelled by {@link RouteKind}, status class and {@code X-Cache}
 * ({@code kiosque_http_requests_seconds}). Buckets at a few fixed bounds keep the series few and
 * let Prometheus add nodes together.
 */
final class RequestTiming extends Handler.Wrapper {

  private static final Duration[] BOUNDS = {Duration.ofMillis(1), Duration.ofMillis(5), Duration.ofMillis(25),
      Duration.ofMillis(100), Duration.ofMillis(500), Duration.ofSeconds(2)};

  private final MeterRegistry registry;
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();
  private final Map<RouteKind, String> labels = new EnumMap<>(RouteKind.class);

  RequestTiming(MeterRegistry registry, Handler.Wrapper inner) {
    this.registry = registry;
    for (RouteKind kind : RouteKind.values()) {
      labels.put(kind, kind.label());
    }
    setHandler(inner);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    long start = System.nanoTime();
    RouteKind kind = RouteKind.of(Request.getPathInContext(request));
    Callback timed = new Callback() {
      @Override
      public void succeeded() {
        record(kind, response, start);
        callback.succeeded();
      }

      @Override
      public void failed(Throwable failure) {
        record(kind, response, start);
        callback.failed(failure);
      }

      @Override
      public InvocationType getInvocationType() {
        return callback.getInvocationType();
      }
    };
    boolean handled = super.handle(request, response, timed);
    if (!handled) {
      record(kind, response, start);
    }
    return handled;
  }

  private void record(RouteKind kind, Response response, long start) {
    int status = response.getStatus() == 0 ? 404 : response.getStatus();
    String cache = response.getHeaders().get("X-Cache");
    String statusClass = (status / 100) + "xx";
    String cacheLabel = cache == null ? "none" : cache;
    String key = kind.ordinal() + statusClass + cacheLabel;
    timers.computeIfAbsent(key, k -> Timer.builder("kiosque.http.requests")
            .description("Requests by kind of route, status class and page-cache outcome")
            .tags("kind", labels.get(kind), "status", statusClass, "cache", cacheLabel)
            .serviceLevelObjectives(BOUNDS)
            .register(registry))
        .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
  }
}
