package kiosque.newsroom.shell;

import io.javalin.http.Context;
import kiosque.errors.NotFoundException;

/** Numbers in newsroom addresses and forms; anything else is an address that does not exist. */
public final class Ids {

  private Ids() {}

  public static long pathId(Context ctx, String name) {
    String raw = ctx.pathParam(name);
    if (!raw.matches("\\d{1,18}")) {
      throw new NotFoundException(ctx.path());
    }
    return Long.parseLong(raw);
  }

  public static int nonNegative(String raw) {
    return raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : 0;
  }
}
