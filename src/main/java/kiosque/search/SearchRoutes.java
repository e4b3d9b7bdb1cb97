package kiosque.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DateTimeException;
import java.time.LocalDate;
import kiosque.web.CachePolicy;
import kiosque.web.RouteGroup;
import kiosque.web.Views;

/**
 * Search for readers: the page ({@code /recherche}), the same as JSON ({@code /recherche.json})
 * and suggestions while typing ({@code /recherche/suggestions}). HTTP only: parameters that make
 * no sense are ignored rather than refused, since every search must get an answer. Results are
 * not kept in the page cache (one entry per query would crowd out the pages); a CDN may keep them
 * for a minute, by full address.
 */
public final class SearchRoutes implements RouteGroup {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_PAGE = 10_000;

  private final SearchPages pages;
  private final Views views;

  public SearchRoutes(SearchPages pages, Views views) {
    this.pages = pages;
    this.views = views;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    routes.get("/recherche", ctx -> {
      CachePolicy.PAGE.applyTo(ctx);
      ctx.html(views.render("search/results.jte", pages.page(query(ctx))));
    });
    routes.get("/recherche.json", ctx -> json(ctx, pages.json(query(ctx))));
    routes.get("/recherche/suggestions", ctx -> json(ctx, pages.suggestions(ctx.queryParam("q"))));
  }

  private static void json(Context ctx, Object body) throws JsonProcessingException {
    CachePolicy.PAGE.applyTo(ctx);
    ctx.contentType("application/json; charset=utf-8").result(JSON.writeValueAsString(body));
  }

  static SearchQuery query(Context ctx) {
    SearchQuery.Order order = SearchAddress.BY_DATE.equals(ctx.queryParam(SearchAddress.ORDER))
        ? SearchQuery.Order.DATE : SearchQuery.Order.RELEVANCE;
    return new SearchQuery(ctx.queryParam("q"), order, ctx.queryParam(SearchAddress.SECTION),
        ctx.queryParam(SearchAddress.TOPIC), ctx.queryParam(SearchAddress.AUTHOR), date(ctx, SearchAddress.FROM),
        date(ctx, SearchAddress.TO), page(ctx), SearchQuery.DEFAULT_PAGE_SIZE);
  }

  /** {@code 2024-05-01}; anything else is no bound. */
  private static LocalDate date(Context ctx, String name) {
    String raw = ctx.queryParam(name);
    if (raw == null || !raw.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return null;
    }
    try {
      return LocalDate.parse(raw);
    } catch (DateTimeException e) {
      // 2024-02-31 and the like: a reader's slip in a date field, searched as if left empty.
      return null;
    }
  }

  /** {@code ?page=N}; anything but a reasonable number is the first page. */
  private static int page(Context ctx) {
    String raw = ctx.queryParam(SearchAddress.PAGE);
    return raw != null && raw.matches("\\d{1,5}") ? Math.min(MAX_PAGE, Math.max(1, Integer.parseInt(raw))) : 1;
  }
}
