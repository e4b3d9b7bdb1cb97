package kiosque.health;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import kiosque.web.RouteGroup;

/**
 * {@code /health}: the process answers (nothing else is asked: a restart would not cure a database
 * outage). {@code /ready}: 200, or 503 with the reasons, one a line. Plain text, never stored by a
 * browser, a CDN or the page cache: a probe must see this node as it is now.
 */
public final class HealthRoutes implements RouteGroup {

  private final Readiness readiness;

  public HealthRoutes(Readiness readiness) {
    this.readiness = readiness;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/health", ctx -> answer(ctx, 200, "ok\n"));
    routes.get("/ready", this::ready);
  }

  private void ready(Context ctx) {
    Readiness.State state = readiness.check();
    if (state.ready()) {
      answer(ctx, 200, "ready\n");
    } else {
      answer(ctx, 503, "not ready\n" + String.join("\n", state.reasons()) + "\n");
    }
  }

  private static void answer(Context ctx, int status, String body) {
    ctx.header("Cache-Control", "no-store");
    ctx.status(status).contentType("text/plain; charset=utf-8").result(body);
  }
}
