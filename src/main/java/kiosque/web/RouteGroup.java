package kiosque.web;

import io.javalin.config.RoutesConfig;

/** A feature's routes (site, search, newsroom ...), added to the server by {@link WebServer}. */
public interface RouteGroup {
  void addTo(RoutesConfig routes);
}
