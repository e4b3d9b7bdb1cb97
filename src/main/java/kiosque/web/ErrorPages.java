package kiosque.web;

import io.javalin.config.RoutesConfig;
import kiosque.errors.BadRequestException;
import kiosque.errors.ForbiddenException;
import kiosque.errors.GoneException;
import kiosque.errors.NotFoundException;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps failures to pages in one place: 400 with a message for the person, 403 when a role may not (or a form's token is wrong), 404
 * (after checking whether an old address should redirect), 410 for withdrawn articles, 500 with
 * an incident id that is in the log and on the page, never a stack trace on screen.
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

  private void failure(Exception e, Context ctx) {
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
