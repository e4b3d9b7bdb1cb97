package kiosque.feeds;

import io.javalin.config.RoutesConfig;
import java.util.List;
import kiosque.cache.PageCaching;
import kiosque.web.CachePolicy;
import kiosque.web.RouteGroup;
import kiosque.web.Urls;

/** {@code /rss.xml}, {@code /atom.xml}, and the same under each section, topic and author page. */
public final class FeedRoutes implements RouteGroup {

  private static final List<String> FORMATS = List.of("rss", "atom");

  private final FeedService feeds;
  private final PageCaching caching;
  private final Urls urls;

  public FeedRoutes(FeedService feeds, PageCaching caching, Urls urls) {
    this.feeds = feeds;
    this.caching = caching;
    this.urls = urls;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    for (String format : FORMATS) {
      routes.get(urls.feed(urls.home(), format), caching.handler(CachePolicy.FEED, ctx -> feeds.site(format)));
      routes.get(urls.feed(urls.section("{slug}"), format),
          caching.handler(CachePolicy.FEED, ctx -> feeds.section(ctx.pathParam("slug"), format)));
      routes.get(urls.feed(urls.topic("{slug}"), format),
          caching.handler(CachePolicy.FEED, ctx -> feeds.topic(ctx.pathParam("slug"), format)));
      routes.get(urls.feed(urls.author("{slug}"), format),
          caching.handler(CachePolicy.FEED, ctx -> feeds.author(ctx.pathParam("slug"), format)));
    }
  }
}
