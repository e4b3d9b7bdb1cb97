package kiosque.web;

import io.javalin.config.JavalinState;
import io.javalin.config.RouterConfig;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Javalin's router, finding a request's route among only those that can match the first segment of
 * its path, in the order they were added: the same route Javalin's own search finds, which tries the
 * regular expression of every route added before it (a new {@code Matcher} each). The newsroom's
 * hundred-odd routes come before the reader's patterns ({@link WebServer}), so an article page paid
 * for about a hundred matchers it could never use (issue 15).
 *
 * <p>A route whose first segment is plain text ({@code /redaction/...}, {@code /rss.xml}) can only
 * match a path whose first segment is that text: Javalin's expression for it starts with
 * {@code ^/redaction} and is followed by a slash or the end. Routes whose first segment holds a
 * parameter or a wildcard ({@code /{year}}, {@code *}) are candidates for every path. Javalin's own
 * search answers when routes are case-insensitive or collapse repeated slashes (both off here), for
 * a path without its leading slash, and for everything but finding a request's route.
 */
final class RoutesByFirstSegment extends InternalRouter {

  /** The routes of one method: for each first segment met, its candidates in order; the rest for others. */
  private static final class Candidates {
    private final List<ParsedEndpoint> anyFirstSegment = new ArrayList<>();
    private final Map<String, List<ParsedEndpoint>> byFirstSegment = new HashMap<>();

    void add(ParsedEndpoint route, String firstSegment) {
      if (firstSegment == null) {
        anyFirstSegment.add(route);
        byFirstSegment.values().forEach(routes -> routes.add(route));
      } else {
        byFirstSegment.computeIfAbsent(firstSegment, s -> new ArrayList<>(anyFirstSegment)).add(route);
      }
    }

    List<ParsedEndpoint> of(String firstSegment) {
      return byFirstSegment.getOrDefault(firstSegment, anyFirstSegment);
    }
  }

  private final Map<HandlerType, Candidates> routes = new HashMap<>();
  private final RouterConfig config;

  private RoutesByFirstSegment(JavalinState state) {
    super(state.wsRouter, state.eventManager, state.router, state.jetty);
    this.config = state.router;
  }

  /**
   * Puts this router in Javalin's place, before any route, exception or error handler is added
   * (Javalin adds its validation errors' handler before the configuration runs: added again here).
   */
  static void install(JavalinState state) {
    state.internalRouter = new RoutesByFirstSegment(state);
    io.javalin.validation.Validation.Companion.addValidationExceptionMapper(state);
  }

  @Override
  public InternalRouter addHttpEndpoint(Endpoint endpoint) {
    super.addHttpEndpoint(endpoint);
    List<ParsedEndpoint> added = super.findHttpHandlerEntries(endpoint.method, null);
    routes.computeIfAbsent(endpoint.method, m -> new Candidates()).add(added.getLast(), plainFirstSegment(endpoint.path));
    return this;
  }

  @Override
  public ParsedEndpoint findFirstHttpHandlerEntry(HandlerType method, String requestUri) {
    Candidates candidates = routes.get(method);
    if (config.caseInsensitiveRoutes || config.treatMultipleSlashesAsSingleSlash || candidates == null
        || !requestUri.startsWith("/")) {
      return super.findFirstHttpHandlerEntry(method, requestUri);
    }
    List<ParsedEndpoint> tried = candidates.of(firstSegment(requestUri));
    for (int i = 0; i < tried.size(); i++) {
      ParsedEndpoint route = tried.get(i);
      // What Javalin's PathMatcher.match does: "*" and the very path match without an expression.
      String path = route.endpoint.path;
      if (path.equals("*") || path.equals(requestUri) || route.matches(requestUri)) {
        return route;
      }
    }
    return null;
  }

  /** What Javalin's own search finds: every route in order (tests compare the two). */
  ParsedEndpoint javalinsOwnSearch(HandlerType method, String requestUri) {
    return super.findFirstHttpHandlerEntry(method, requestUri);
  }

  /** How many routes a request's path is tried against. */
  int candidates(HandlerType method, String requestUri) {
    Candidates candidates = routes.get(method);
    return candidates == null ? 0 : candidates.of(firstSegment(requestUri)).size();
  }

  @Override
  public boolean hasHttpHandlerEntry(HandlerType method, String requestUri) {
    return findFirstHttpHandlerEntry(method, requestUri) != null;
  }

  /** The route's first segment when it is plain text; null when it holds a parameter or wildcard, or there is none. */
  static String plainFirstSegment(String routePath) {
    for (String segment : routePath.split("/")) {
      if (!segment.isEmpty()) {
        return segment.chars().anyMatch(c -> "{}<>*".indexOf(c) >= 0) ? null : segment;
      }
    }
    return null;
  }

  /** {@code /2021/01/14/titre-12}: {@code 2021}; the path starts with a slash. */
  static String firstSegment(String requestUri) {
    int end = requestUri.indexOf('/', 1);
    return requestUri.substring(1, end < 0 ? requestUri.length() : end);
  }
}
