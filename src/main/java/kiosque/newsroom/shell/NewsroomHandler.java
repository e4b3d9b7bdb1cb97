package kiosque.newsroom.shell;

import io.javalin.http.Context;

/** A newsroom route's handler: runs only once the guard has found the session and checked the role. */
@FunctionalInterface
public interface NewsroomHandler {
  void handle(Context ctx, Session session) throws Exception;
}
