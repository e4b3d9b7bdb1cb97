package kiosque.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
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

  private static final String[] STATUS = {"1xx", "2xx", "3xx", "4xx", "5xx"};
  private static final String[] CACHE = {"none", "hit", "miss"};

  private final MeterRegistry registry;
  // Every timer at its index (kind, status class, cache): a cached page costs microseconds, so no
  // string or map lookup per request. Filled on first use; two threads racing get the same timer.
  private final AtomicReferenceArray<Timer> timers =
      new AtomicReferenceArray<>(RouteKind.values().length * STATUS.length * CACHE.length);

  RequestTiming(MeterRegistry registry, Handler.Wrapper inner) {
    this.registry = registry;
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
    long elapsed = System.nanoTime() - start;
    int status = response.getStatus() == 0 ? 404 : response.getStatus();
    int statusIndex = Math.clamp(status / 100 - 1, 0, STATUS.length - 1);
    String cache = response.getHeaders().get("X-Cache");
    int cacheIndex = cache == null ? 0 : cache.equals("hit") ? 1 : 2;
    int index = (kind.ordinal() * STATUS.length + statusIndex) * CACHE.length + cacheIndex;
    Timer timer = timers.get(index);
    if (timer == null) {
      timer = Timer.builder("kiosque.http.requests")
          .description("Requests by kind of route, status class and page-cache outcome")
          .tags("kind", kind.label(), "status", STATUS[statusIndex], "cache", CACHE[cacheIndex])
          .serviceLevelObjectives(BOUNDS)
          .register(registry);
      timers.set(index, timer);
    }
    timer.record(elapsed, TimeUnit.NANOSECONDS);
  }
}
