package kiosque.newsroom.shell;

import io.javalin.config.RoutesConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import kiosque.errors.NotFoundException;
import kiosque.web.CachePolicy;
import kiosque.web.ClasspathFile;

/**
 * The newsroom's stylesheet and scripts, served as files (the content policy forbids inline
 * scripts) under names carrying their hash, so they can be cached for a year. They live under
 * {@code /assets}, outside {@code /redaction}, so no session cookie is sent for them.
 */
public final class StaticFiles {

  private record File(byte[] bytes, String contentType, String href) {}

  private final Map<String, File> byHref = new LinkedHashMap<>();
  private final Map<String, String> hrefByName = new LinkedHashMap<>();

  public StaticFiles(String... names) {
    for (String name : names) {
      ClasspathFile file = ClasspathFile.read("/public/newsroom/" + name);
      String href = "/assets/newsroom/" + file.fingerprinted(name);
      String type = name.endsWith(".css") ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
      byHref.put(href, new File(file.bytes(), type, href));
      hrefByName.put(name, href);
    }
  }

  String href(String name) {
    String href = hrefByName.get(name);
    if (href == null) {
      throw new IllegalArgumentException("no static file " + name);
    }
    return href;
  }

  public void addTo(RoutesConfig routes) {
    routes.get("/assets/newsroom/{file}", ctx -> {
      File file = byHref.get(ctx.path());
      if (file == null) {
        throw new NotFoundException(ctx.path());
      }
      CachePolicy.ASSET.applyTo(ctx);
      ctx.contentType(file.contentType()).result(file.bytes());
    });
  }
}
