package kiosque.site;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.function.Supplier;
import kiosque.cache.PageCaching;
import kiosque.cache.Rendered;
import kiosque.web.CachePolicy;
import kiosque.errors.GoneException;
import kiosque.errors.NotFoundException;
import kiosque.web.RouteGroup;
import kiosque.web.Urls;
import kiosque.web.Views;

/** The reader site's routes: HTTP only (parameters, status, redirects); pages come from {@link SiteService}. */
public final class SiteRoutes implements RouteGroup {

  private static final int MIN_YEAR = 1900;
  private static final int MAX_YEAR = 2999;

  private final SiteService site;
  private final Views views;
  private final PageCaching caching;

  public SiteRoutes(SiteService site, Views views, PageCaching caching) {
    this.site = site;
    this.views = views;
    this.caching = caching;
  }

  @Override
  public void addTo(RoutesConfig routes) {
    // WordPress answers /?p=123 for every post: such old addresses land on the home page's route.
    routes.before("/", ctx -> {
      if (ctx.queryString() != null && !ctx.queryString().startsWith("page=")) {
        site.currentAddress("/?" + ctx.queryString()).ifPresent(target -> {
          ctx.redirect(target, HttpStatus.MOVED_PERMANENTLY);
          ctx.skipRemainingHandlers();
        });
      }
    });
    routes.get("/", cached(ctx -> {
      int number = page(ctx);
      HomePage page = site.readingOnce(() -> site.home(number));
      return Rendered.lent(views.renderLent("site/home.jte", page), page.layout().cacheKeys(), null);
    }));
    routes.get("/rubrique/{slug}", cached(ctx -> listing(() -> site.listings().section(ctx.pathParam("slug"), page(ctx)))));
    routes.get("/sujet/{slug}", cached(ctx -> listing(() -> site.listings().topic(ctx.pathParam("slug"), page(ctx)))));
    routes.get("/auteur/{slug}", cached(ctx -> listing(() -> site.listings().author(ctx.pathParam("slug"), page(ctx)))));
    routes.get("/{year}/{month}/{day}/{tail}", cached(this::article));
    routes.get("/{year}/{month}/{day}", cached(ctx -> listing(() -> site.listings().day(day(ctx), page(ctx)))));
    routes.get("/{year}/{month}", cached(ctx -> listing(() -> site.listings().month(year(ctx), month(ctx), page(ctx)))));
    routes.get("/{year}", cached(ctx -> listing(() -> site.listings().year(year(ctx), page(ctx)))));
  }

  private io.javalin.http.Handler cached(PageCaching.Renderer renderer) {
    return caching.handler(CachePolicy.PAGE, renderer);
  }

  /**
   * What {@code (year + month + day).matches("\\d{8}")} said, without compiling the expression and
   * joining the three for every article page (issue 15).
   */
  static boolean eightDigits(String year, String month, String day) {
    return year.length() + month.length() + day.length() == 8 && digits(year) && digits(month) && digits(day);
  }

  private static boolean digits(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private Rendered article(Context ctx) {
    // Only /yyyy/mm/dd/... is ours: /tag/eau/page/3 must not be taken for article 3 (it may be an old address).
    if (!eightDigits(ctx.pathParam("year"), ctx.pathParam("month"), ctx.pathParam("day"))) {
      throw new NotFoundException(ctx.path());
    }
    long id = Urls.articleId(ctx.pathParam("tail")).orElseThrow(() -> new NotFoundException(ctx.path()));
    ArticlePage page = site.readingOnce(() -> articlePage(ctx, id));
    if (page == null) {
      return null;
    }
    return Rendered.lent(views.renderLent("site/article.jte", page), page.layout().cacheKeys(),
        page.lastModified());
  }

  /** The page, or null after answering with a redirect. */
  private ArticlePage articlePage(Context ctx, long id) {
    SiteService.PublishedArticle read;
    try {
      read = site.publishedArticle(id);
    } catch (GoneException e) {
      redirectOldAddress(ctx, () -> e);
      return null;
    }
    String canonical = site.canonicalPath(read.article().article());
    if (!canonical.equals(ctx.path())) {
      // An imported permalink can look like one of ours (/2021/01/14/bilan-2020/ ends in an "id"):
      // an old address that was claimed wins over the id its last segment happens to end with.
      ctx.redirect(site.currentAddress(ctx.path()).orElse(canonical), HttpStatus.MOVED_PERMANENTLY);
      return null;
    }
    return site.articlePage(read);
  }

  private void redirectOldAddress(Context ctx, Supplier<RuntimeException> otherwise) {
    String target = site.currentAddress(ctx.path()).orElseThrow(otherwise);
    ctx.redirect(target, HttpStatus.MOVED_PERMANENTLY);
  }

  /** A listing page, its reads on one connection (one JDBI handle for the page, not one a read). */
  private Rendered listing(Supplier<ListingPage> read) {
    ListingPage page = site.readingOnce(read);
    return Rendered.lent(views.renderLent("site/listing.jte", page), page.layout().cacheKeys(), null);
  }

  /** {@code ?page=N}; anything but a positive number is an address that does not exist. */
  static int page(Context ctx) {
    String raw = ctx.queryParam("page");
    if (raw == null) {
      return 1;
    }
    return positive(raw, 10_000).orElseThrow(() -> new NotFoundException("page " + raw));
  }

  private static int year(Context ctx) {
    String raw = ctx.pathParam("year");
    int year = raw.length() == 4 ? positive(raw, MAX_YEAR).orElse(0) : 0;
    if (year < MIN_YEAR) {
      throw new NotFoundException(ctx.path());
    }
    return year;
  }

  private static int month(Context ctx) {
    String raw = ctx.pathParam("month");
    int month = raw.length() == 2 ? positive(raw, 12).orElse(0) : 0;
    if (month < 1) {
      throw new NotFoundException(ctx.path());
    }
    try {
      LocalDate.of(year(ctx), month, 1);
    } catch (DateTimeException e) {
      throw new NotFoundException(ctx.path());
    }
    return month;
  }

  /** {@code /2025/07/09}: two digits each, a date that exists (not 2025/02/30). */
  private static LocalDate day(Context ctx) {
    String raw = ctx.pathParam("day");
    int day = raw.length() == 2 ? positive(raw, 31).orElse(0) : 0;
    try {
      return LocalDate.of(year(ctx), month(ctx), day);
    } catch (DateTimeException e) {
      throw new NotFoundException(ctx.path());
    }
  }

  private static java.util.OptionalInt positive(String raw, int max) {
    if (!raw.matches("\\d{1,5}")) {
      return java.util.OptionalInt.empty();
    }
    int value = Integer.parseInt(raw);
    return value >= 1 && value <= max ? java.util.OptionalInt.of(value) : java.util.OptionalInt.empty();
  }
}
