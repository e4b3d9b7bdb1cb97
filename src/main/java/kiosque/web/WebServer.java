package kiosque.web;

import io.javalin.Javalin;
import kiosque.errors.NotFoundException;
import io.javalin.config.SizeUnit;
import jakarta.servlet.DispatcherType;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * Assembles Javalin: security and newsroom cache headers, the stylesheet, each feature's routes,
 * the error pages. Javalin tries routes in the order they were added, so groups with fixed
 * addresses ({@code /rss.xml}, {@code /sitemaps/...}) must come before the site's
 * {@code /{year}/{month}} patterns.
 */
public final class WebServer implements AutoCloseable {

  static final int UPLOAD_LIMIT_MB = 25;
  static final int REQUEST_THREADS = 32;
  static final long UPLOAD_LIMIT_BYTES = (UPLOAD_LIMIT_MB + 1) * 1024L * 1024L;

  private final Javalin app;

  /**
   * @param siteUrl the site's public address: an https one gets HSTS on every response
   * @param front a Jetty handler that answers some requests before Javalin (cached pages), given
   *     the headers every response carries; null for none. Javalin's handlers go inside it, behind
   *     a {@link PoolHandOff}. It runs on Jetty's selector thread, which reads every connection:
   *     it must never block (no database, no file, no lock held long), or every reader waits.
   */
  public WebServer(List<RouteGroup> groups, ErrorPages errorPages, Assets assets, URI siteUrl,
      Function<Map<String, String>, Handler.Wrapper> front, TrustedProxies proxies) {
    Map<String, String> securityHeaders = SecurityHeaders.forSite(siteUrl);
    this.app = Javalin.create(config -> {
      // Before any route: the reader's patterns come last, and Javalin's own search would try every
      // newsroom route's expression on every page (issue 15).
      RoutesByFirstSegment.install(config.unsafe);
      // The handlers in front never block and run on Jetty's selector; Javalin's routes run in the
      // pool (PoolHandOff). Javalin attaches its handler to the innermost wrapper, the hand-off.
      config.jetty.modifyServer(server -> server.setHandler(
          PoolHandOff.innermostIn(front == null ? new Handler.Wrapper() : front.apply(securityHeaders))));
      config.jetty.modifyServer(server -> server.setErrorHandler(new SiteErrorHandler(errorPages, securityHeaders)));
      config.startup.showJavalinBanner = false;
      // Jetty's default pool grows to 250 threads; on a few cores that many runnable threads cost
      // more in switching than they bring (bench/hot.sh: cached pages +10 to 20 % with 16 or 32).
      // Requests that wait on the database are bounded by its pool (8 or 16 connections) anyway.
      config.jetty.threadPool = new QueuedThreadPool(REQUEST_THREADS, 4);
      config.http.defaultContentType = "text/html; charset=utf-8";
      config.router.ignoreTrailingSlashes = true;
      // PUT or DELETE on a reader page is 405 with an Allow header (ErrorPages), not a misleading 404.
      config.http.prefer405over404 = true;
      // Newsroom image uploads; the media service refuses anything over its own, lower limit with a message.
      config.jetty.multipartConfig.maxFileSize(UPLOAD_LIMIT_MB, SizeUnit.MB);
      config.jetty.multipartConfig.maxTotalRequestSize(UPLOAD_LIMIT_MB + 1, SizeUnit.MB);
      // The editor's form is multipart so that a pasted 5 MB text reaches it and is refused with a
      // message, the text given back (issue 13): Jetty's 200 KB cap on a multipart text field would
      // answer a bare 400 instead. Url-encoded forms keep their 1 MB limit (BodyLimit, ClientErrors).
      config.jetty.modifyServletContextHandler(handler -> handler.setMaxFormContentSize((int) UPLOAD_LIMIT_BYTES));
      // A reader may paste a whole paragraph into the search box: 10 KB of query must reach the
      // search page (which keeps the first 500 characters), not Jetty's 414 at 8 KB.
      config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(32 * 1024));
      // Before any handler: the throttle, the audit log and the view counter see the client's address.
      config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(proxies));
      config.jetty.modifyServletContextHandler(handler ->
          handler.addFilter(new FilterHolder(new HeadAsGet()), "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.jetty.modifyServletContextHandler(handler -> handler.addFilter(
          new FilterHolder(new BodyLimit(config.http.maxRequestSize)), "/*", EnumSet.of(DispatcherType.REQUEST)));
      config.routes.before(ctx -> securityHeaders.forEach(ctx::header));
      config.routes.before(ctx -> ClientErrors.checkBody(ctx, config.http.maxRequestSize, UPLOAD_LIMIT_BYTES));
      config.routes.before(CachePolicy::beforeEveryRequest);
      config.routes.get("/assets/site.{fingerprint}.css", ctx -> {
        if (!ctx.pathParam("fingerprint").equals(assets.stylesheetFingerprint())) {
          throw new NotFoundException("stylesheet " + ctx.pathParam("fingerprint"));
        }
        CachePolicy.ASSET.applyTo(ctx);
        ctx.contentType("text/css; charset=utf-8").result(assets.stylesheet());
      });
      // rich text: the embeds' click-to-load script (Assets)
      config.routes.get("/assets/embeds.{fingerprint}.js", ctx -> {
        if (!ctx.pathParam("fingerprint").equals(assets.embedsScriptFingerprint())) {
          throw new NotFoundException("script " + ctx.pathParam("fingerprint"));
        }
        CachePolicy.ASSET.applyTo(ctx);
        ctx.contentType("text/javascript; charset=utf-8").result(assets.embedsScript());
      });
      groups.forEach(group -> group.addTo(config.routes));
      errorPages.addTo(config.routes);
    });
  }

  public WebServer start(int port) {
    app.start(port);
    return this;
  }

  public int port() {
    return app.port();
  }

  /** The router finding each request's route (tests compare it with Javalin's own search). */
  RoutesByFirstSegment router() {
    return (RoutesByFirstSegment) app.unsafe.internalRouter;
  }

  @Override
  public void close() {
    app.stop();
  }
}
