package kiosque.feeds;

import io.javalin.config.RoutesConfig;
import kiosque.cache.PageCaching;
import kiosque.web.CachePolicy;
import kiosque.web.RouteGroup;
import kiosque.web.Urls;

/** {@code /robots.txt}, {@code /sitemap.xml} and the sitemaps it lists under {@code /sitemaps/}. */
public final class SitemapRoutes implements RouteGroup {

  private final SitemapService sitemaps;
  private final PageCaching caching;
  private final Urls urls;

  public SitemapRoutes(SitemapService sitemaps, PageCaching caching, Urls urls) {
    this.sitemaps = sitemaps;
    this.caching = caching;
    this.urls = urls;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get(urls.robots(), caching.handler(CachePolicy.FEED, ctx -> sitemaps.robots()));
    routes.get(urls.sitemapIndex(), caching.handler(CachePolicy.FEED, ctx -> sitemaps.index()));
    routes.get(urls.sitemap("{name}"), caching.handler(CachePolicy.FEED, ctx -> sitemaps.named(ctx.pathParam("name"))));
  }
}
