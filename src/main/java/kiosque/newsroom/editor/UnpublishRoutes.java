package kiosque.newsroom.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.InvalidContentException;
import kiosque.content.StaleArticleException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.newsroom.workflow.WorkflowException;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;

/**
 * Unpublishing, HTTP only: a confirmation page asking why (it works without JavaScript), then the
 * move with its reason ({@link EditorialService#unpublish}); a blank reason brings the page back
 * with what to do.
 */
final class UnpublishRoutes {

  private final EditorialService editorial;
  private final NewsroomPages pages;
  private final Views views;
  private final Urls urls;

  UnpublishRoutes(EditorialService editorial, NewsroomPages pages, Views views, Urls urls) {
    this.editorial = editorial;
    this.pages = pages;
    this.views = views;
    this.urls = urls;
  }

  void addTo(RouteTable table) {
    NewsroomUrls newsroom = pages.urls();
    table.page(newsroom.unpublish(NewsroomUrls.ID), Action.UNPUBLISH, this::confirm);
    table.form(newsroom.unpublish(NewsroomUrls.ID), Action.UNPUBLISH, this::unpublish);
  }

  private void confirm(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Article article = editorial.article(id);
    editorial.requireMay(actor(ctx, session), Action.UNPUBLISH, id);
    if (article.status() != ArticleStatus.PUBLISHED) {
      // Nothing to confirm: back to the article, which says where it stands.
      ctx.redirect(pages.urls().article(id), HttpStatus.SEE_OTHER);
      return;
    }
    render(ctx, session, article, article.version(), "", null, null, 200);
  }

  /**
   * From the editor's "Dépublier…" button (the whole form, no reason yet): the confirmation page,
   * carrying the form. From the confirmation page (a reason, and the form if it carried one): the
   * move, the form saved with it.
   */
  private void unpublish(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    String raw = ctx.formParam("version");
    int version = raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : -1;
    ArticleForm typed = ctx.formParam("title") == null ? null : EditorRoutes.form(ctx);
    if (ctx.formParam("raison") == null) {
      editorial.requireMay(actor(ctx, session), Action.UNPUBLISH, id);
      render(ctx, session, editorial.article(id), version, "", null, typed, 200);
      return;
    }
    String reason = ctx.formParam("raison");
    Messages msg = pages.messages();
    try {
      if (typed == null) {
        editorial.unpublish(actor(ctx, session), id, version, reason);
      } else {
        editorial.saveAndUnpublish(actor(ctx, session), id, version, typed, reason);
      }
      ctx.redirect(pages.urls().noted(pages.urls().article(id), "unpublished"), HttpStatus.SEE_OTHER);
    } catch (WorkflowException e) {
      Article article = editorial.article(id);
      String error = reason.isBlank() || reason.strip().length() > EditorialService.MAX_REASON ? e.getMessage()
          : msg.get("nr.unpublish.notLive");
      render(ctx, session, article, version, reason, error, typed, 400);
    } catch (InvalidContentException e) {
      render(ctx, session, editorial.article(id), version, reason, msg.format("nr.editor.invalid", e.getMessage()),
          typed, 400);
    } catch (StaleArticleException e) {
      Article article = editorial.article(id);
      render(ctx, session, article, article.version(), reason, msg.get("nr.unpublish.stale"), typed, 409);
    }
  }

  private void render(Context ctx, Session session, Article article, int version, String reason, String error,
      ArticleForm typed, int status) {
    Messages msg = pages.messages();
    String publicHref = article.status() == ArticleStatus.PUBLISHED ? urls.article(article) : null;
    UnpublishPage page = new UnpublishPage(pages.layout(session, msg.get("nr.unpublish.title"), null), article.id(),
        article.title(), publicHref, version, reason, error, EditorialService.MAX_REASON,
        typed == null ? null : UnpublishPage.Typed.of(typed));
    ctx.status(status).html(views.render("newsroom/unpublish.jte", page));
  }

  private static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }
}
