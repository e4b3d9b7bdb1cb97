package kiosque.newsroom.shell;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;

/** Declares newsroom routes through the {@link Guard} and remembers them for the permission tests. */
public final class RouteTable {

  private final RoutesConfig routes;
  private final Guard guard;
  private final List<DeclaredRoute> declared = new ArrayList<>();

  public RouteTable(RoutesConfig routes, Guard guard) {
    this.routes = routes;
    this.guard = guard;
  }

  /** A page (GET): anonymous visitors go to the login page. */
  public void page(String path, Action action, NewsroomHandler handler) {
    declared.add(new DeclaredRoute("GET", path, action));
    routes.get(path, ctx -> guard.page(ctx, action, handler));
  }

  /** A state change (POST): needs the session's CSRF token. */
  public void form(String path, Action action, NewsroomHandler handler) {
    declared.add(new DeclaredRoute("POST", path, action));
    routes.post(path, ctx -> guard.form(ctx, action, handler));
  }

  /** Open to anyone (the login page): the handler does its own checks. */
  public void open(String method, String path, Handler handler) {
    declared.add(new DeclaredRoute(method, path, null));
    if (method.equals("GET")) {
      routes.get(path, handler);
    } else {
      routes.post(path, handler);
    }
  }

  /** For the few public addresses a newsroom feature serves (image renditions): no guard, no cookie. */
  public RoutesConfig publicRoutes() {
    return routes;
  }

  public List<DeclaredRoute> declared() {
    return List.copyOf(declared);
  }
}
