package kiosque.web;

import io.javalin.config.RoutesConfig;
import kiosque.errors.BadRequestException;
import kiosque.errors.ForbiddenException;
import kiosque.errors.GoneException;
import kiosque.errors.NotFoundException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to pages in one place: 400 with a message for the person, 403 when a role may not (or a form's token is wrong), 404
 * (after checking whether an old address should redirect), 410 for withdrawn articles, 500 with
 * an incident id that is in the log and on the page, never a stack trace on screen. A client's
 * broken request (a body cut short, malformed, too large, a method the address does not take) is
 * a 4xx page logged at INFO ({@link ClientErrors}), never an incident.
 */
public final class ErrorPages {

  private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);
  private static final String RENDERED = "kiosque.errorPageRendered";

  private final Views views;
  private final LayoutFactory layouts;
  private final Function<String, Optional<String>> oldAddresses;
  private final Supplier<List<Link>> suggestions;

  /**
   * @param oldAddresses the current address of an old one (legacy path, former URL), if any
   * @param suggestions  a few links worth offering a lost reader (the latest articles)
   */
  public ErrorPages(Views views, LayoutFactory layouts, Function<String, Optional<String>> oldAddresses,
      Supplier<List<Link>> suggestions) {
    this.views = views;
    this.layouts = layouts;
    this.oldAddresses = oldAddresses;
    this.suggestions = suggestions;
  }

  public void addTo(RoutesConfig routes) {
    routes.exception(NotFoundException.class, (e, ctx) -> redirectOrNotFound(ctx));
    routes.exception(GoneException.class, (e, ctx) -> gone(ctx));
    routes.exception(ForbiddenException.class, (e, ctx) -> forbidden(e, ctx));
    routes.exception(BadRequestException.class, (e, ctx) -> badRequest(e, ctx));
    // Javalin's own refusals (405, 413 ...): the site's page instead of Javalin's plain text.
    routes.exception(HttpResponseException.class, (e, ctx) -> {
      if (e.getStatus() == 404) {
        // No route for the address (Javalin throws it when it also looks for other methods' routes).
        redirectOrNotFound(ctx);
      } else if (e.getStatus() >= 400 && e.getStatus() < 500) {
        clientError(e, e.getStatus(), ctx);
      } else {
        failure(e, ctx);
      }
    });
    routes.exception(Exception.class, this::failure);
    // Runs for every 404, including the ones this class rendered itself: those are marked.
    routes.error(404, ctx -> {
      if (ctx.attribute(RENDERED) == null) {
        redirectOrNotFound(ctx);
      }
    });
  }

  private void redirectOrNotFound(Context ctx) {
    String query = ctx.queryString();
    String pathAndQuery = query == null ? ctx.path() : ctx.path() + "?" + query;
    Optional<String> target = oldAddresses.apply(pathAndQuery).or(() -> oldAddresses.apply(ctx.path()));
    if (target.isPresent()) {
      ctx.redirect(target.get(), io.javalin.http.HttpStatus.MOVED_PERMANENTLY);
      return;
    }
    notFound(ctx);
  }

  private void notFound(Context ctx) {
    Messages msg = layouts.messages();
    render(ctx, 404, msg.get("error.notFound.title"), msg.get("error.notFound.message"), null);
  }

  private void gone(Context ctx) {
    Messages msg = layouts.messages();
    render(ctx, 410, msg.get("error.gone.title"), msg.get("error.gone.message"), null);
  }

  private void forbidden(ForbiddenException e, Context ctx) {
    log.info("Refused {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    Messages msg = layouts.messages();
    render(ctx, 403, msg.get("error.forbidden.title"), msg.get("error.forbidden.message"), null);
  }

  private void badRequest(BadRequestException e, Context ctx) {
    log.info("Bad request {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
    Messages msg = layouts.messages();
    render(ctx, 400, msg.get("error.badRequest.title"), e.getMessage(), null);
  }

  /**
   * The client's fault (a body cut short, a malformed form or upload, too large, a method the
   * address does not take): its 4xx page and one line at INFO, no incident and no stack trace.
   */
  private void clientError(Exception e, int status, Context ctx) {
    log.info("Client error {} on {} {}: {}", status, ctx.method(), ctx.path(), e.toString());
    if (status == 405 && e instanceof HttpResponseException refusal) {
      ctx.header("Allow", allowed(refusal.getDetails().values()));
    }
    // A request whose body was cut short cannot be read further; the connection closes after the page.
    ClientErrorPage page = clientErrorPage(status);
    render(ctx, status, page.heading(), page.message(), null);
  }

  /** Javalin lists the methods the address takes; HEAD goes with GET (see {@link HeadAsGet}). */
  private static String allowed(java.util.Collection<String> listed) {
    java.util.Set<String> methods = new java.util.LinkedHashSet<>();
    for (String value : listed) {
      for (String method : value.split(",")) {
        if (!method.isBlank()) {
          methods.add(method.strip().toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
    if (methods.contains("GET")) {
      methods.add("HEAD");
    }
    return String.join(", ", methods);
  }

  private record ClientErrorPage(String heading, String message) {}

  private ClientErrorPage clientErrorPage(int status) {
    Messages msg = layouts.messages();
    return switch (status) {
      case 405 -> new ClientErrorPage(msg.get("error.methodNotAllowed.title"), msg.get("error.methodNotAllowed.message"));
      case 413 -> new ClientErrorPage(msg.get("error.tooLarge.title"), msg.get("error.tooLarge.message"));
      case 404 -> new ClientErrorPage(msg.get("error.notFound.title"), msg.get("error.notFound.message"));
      default -> new ClientErrorPage(msg.get("error.badRequest.title"), msg.get("error.badRequest.message"));
    };
  }

  /**
   * The page for a request Jetty refused before Javalin saw it (a malformed query or address):
   * rendered without a Javalin context, by {@link SiteErrorHandler}.
   */
  String clientErrorHtml(int status, String path) {
    ClientErrorPage page = clientErrorPage(status);
    // Without the menu, which may be read from the database: Jetty refuses these requests on its
    // selector thread, which answers page-cache hits too and must never wait on the database.
    Layout layout = layouts.withoutNavigation(page.heading(), path);
    return views.render("error/error.jte", new ErrorPage(layout, status, page.heading(), page.message(), null, List.of()));
  }

  private void failure(Exception e, Context ctx) {
    OptionalInt clientStatus = ClientErrors.statusOf(e);
    if (clientStatus.isPresent()) {
      clientError(e, clientStatus.getAsInt(), ctx);
      return;
    }
    String incident = UUID.randomUUID().toString().substring(0, 8);
    log.error("Incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
    Messages msg = layouts.messages();
    try {
      render(ctx, 500, msg.get("error.failure.title"), msg.get("error.failure.message"), incident);
    } catch (RuntimeException renderFailure) {
      log.error("Incident {}: the error page itself failed", incident, renderFailure);
      ctx.status(500).contentType("text/plain; charset=utf-8").result("Erreur interne. Incident " + incident);
    }
  }

  private void render(Context ctx, int status, String heading, String message, String incident) {
    boolean failure = status >= 500;
    List<Link> links = failure || status == 403 || status == 400 ? List.of() : suggestions.get();
    Layout layout = failure ? layouts.withoutNavigation(heading, ctx.path()) : layouts.unindexed(heading, ctx.path());
    ErrorPage page = new ErrorPage(layout, status, heading, message, incident, links);
    ctx.attribute(RENDERED, Boolean.TRUE);
    ctx.status(status).html(views.render("error/error.jte", page));
  }
}
