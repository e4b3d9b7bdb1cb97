package kiosque.newsroom;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.function.Consumer;
import kiosque.newsroom.shell.DeclaredRoute;
import kiosque.newsroom.shell.Guard;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.StaticFiles;
import kiosque.web.RouteGroup;

/**
 * The back office under {@code /redaction}: every route goes through the {@link Guard}. Its pages
 * are never stored ({@link kiosque.web.CachePolicy#PRIVATE}, applied by the web layer to the
 * whole prefix): they show unpublished work to one person.
 */
public final class NewsroomRoutes implements RouteGroup {

  private final StaticFiles files;
  private final Guard guard;
  private final List<Consumer<RouteTable>> features;
  private volatile List<DeclaredRoute> declared = List.of();

  NewsroomRoutes(StaticFiles files, Guard guard, List<Consumer<RouteTable>> features) {
    this.files = files;
    this.guard = guard;
    this.features = List.copyOf(features);
  }

  @Override
  public void addTo(RoutesConfig routes) {
    files.addTo(routes);
    RouteTable table = new RouteTable(routes, guard);
    features.forEach(feature -> feature.accept(table));
    declared = table.declared();
  }

  /** Every back-office route with the action it needs, for the permission tests and the docs. */
  public List<DeclaredRoute> declared() {
    return declared;
  }
}
