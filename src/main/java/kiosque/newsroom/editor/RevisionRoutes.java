package kiosque.newsroom.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.StaleArticleException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.site.SiteService;
import kiosque.web.Messages;
import kiosque.web.Views;

/** Preview of the reader page, the revisions page with its diff, and restoring a revision. */
final class RevisionRoutes {

  private final EditorialService editorial;
  private final SiteService site;
  private final BodySanitizer sanitizer;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;
  private final Clock clock;

  RevisionRoutes(EditorialService editorial, SiteService site, BodySanitizer sanitizer, NewsroomPages pages,
      Views views, FrenchDates dates, Clock clock) {
    this.editorial = editorial;
    this.site = site;
    this.sanitizer = sanitizer;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
    this.clock = clock;
  }

  void addTo(RouteTable table) {
    NewsroomUrls urls = pages.urls();
    table.page(urls.preview(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::preview);
    table.page(urls.revisions(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::revisions);
    table.page(urls.revision(NewsroomUrls.ID, NewsroomUrls.REVISION), Action.VIEW_NEWSROOM, this::revisions);
    table.form(urls.restoreRevision(NewsroomUrls.ID, NewsroomUrls.REVISION), Action.EDIT_ARTICLE, this::restore);
  }

  /** The exact reader page, built by the site's own code, from the article or its pending revision. */
  private void preview(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Article article = editorial.article(id);
    Optional<Revision> pending = editorial.pendingRevision(id);
    Article shown = pending.isPresent() && !"live".equals(ctx.queryParam("version"))
        ? Previews.of(article, pending.get().form(), sanitizer, clock.instant())
        : Previews.of(article, clock.instant());
    ctx.header("X-Robots-Tag", "noindex");
    // Never kept by a browser or a CDN, whatever the newsroom's default: it is not the public page.
    ctx.header("Cache-Control", "private, no-store");
    ctx.html(Previews.marked(views.render("site/article.jte", site.articlePage(shown)),
        pages.messages().get("nr.preview.banner")));
  }

  private void revisions(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Article article = editorial.article(id);
    List<Revision> all = editorial.revisions(id);
    String rev = ctx.pathParamMap().get("rev");
    long chosen = rev == null ? all.getFirst().id() : Ids.pathId(ctx, "rev");
    int index = -1;
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i).id() == chosen) {
        index = i;
      }
    }
    if (index < 0) {
      throw new kiosque.errors.NotFoundException("revision " + chosen);
    }
    Revision shown = all.get(index);
    ArticleForm before = index + 1 < all.size() ? all.get(index + 1).form() : ArticleForm.empty(null);
    List<RevisionsPage.Entry> entries = all.stream().map(this::entry).toList();
    Messages msg = pages.messages();
    RevisionsPage page = new RevisionsPage(pages.layout(session, msg.format("nr.revisions.title", article.title()),
        ctx.queryParam("note")), id, article.title(), article.version(), entries, entry(shown),
        RevisionDiff.between(before, shown.form()), editorial.mayEdit(actor(ctx, session), id));
    ctx.html(views.render("newsroom/revisions.jte", page));
  }

  private RevisionsPage.Entry entry(Revision r) {
    return new RevisionsPage.Entry(r.id(), r.authorName().isEmpty() ? "—" : r.authorName(),
        dates.day(r.createdAt()) + " " + dates.time(r.createdAt()), pages.messages().get("nr.revision.kind." + r.kind()),
        pages.urls().revision(r.articleId(), r.id()));
  }

  private void restore(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    try {
      editorial.restore(actor(ctx, session), id, version(ctx), Ids.pathId(ctx, "rev"));
      ctx.redirect(pages.urls().noted(pages.urls().article(id), "restored"), HttpStatus.SEE_OTHER);
    } catch (StaleArticleException e) {
      ctx.redirect(pages.urls().revisions(id), HttpStatus.SEE_OTHER);
    }
  }

  private static int version(Context ctx) {
    String raw = ctx.formParam("version");
    return raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : -1;
  }

  private static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }
}
