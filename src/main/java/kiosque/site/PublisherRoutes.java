package kiosque.site;

import io.javalin.config.RoutesConfig;
import kiosque.cache.PageCaching;
import kiosque.cache.Rendered;
import kiosque.feeds.PageMetadata;
import kiosque.web.CacheKeys;
import kiosque.web.CachePolicy;
import kiosque.web.LayoutFactory;
import kiosque.web.RouteGroup;
import kiosque.web.Views;

/** The publisher page ({@code /a-propos}): nothing in it depends on articles, so no change purges it. */
public final class PublisherRoutes implements RouteGroup {

  private final LayoutFactory layouts;
  private final PageMetadata metadata;
  private final Views views;
  private final PageCaching caching;
  private final String contactEmail;

  public PublisherRoutes(LayoutFactory layouts, PageMetadata metadata, Views views, PageCaching caching,
      String contactEmail) {
    this.layouts = layouts;
    this.metadata = metadata;
    this.views = views;
    this.caching = caching;
    this.contactEmail = contactEmail.isBlank() ? null : contactEmail;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    String path = layouts.urls().publisher();
    routes.get(path, caching.handler(CachePolicy.PAGE, ctx -> {
      var msg = layouts.messages();
      var layout = metadata.publisher(layouts.page(msg.get("publisher.title"),
              msg.format("publisher.description", layouts.siteName()), path))
          .withCacheKeys(CacheKeys.of(CacheKeys.PUBLISHER));
      PublisherPage page = new PublisherPage(layout, layouts.siteName(), contactEmail);
      return Rendered.html(views.render("site/publisher.jte", page), layout.cacheKeys(), null);
    }));
  }
}
