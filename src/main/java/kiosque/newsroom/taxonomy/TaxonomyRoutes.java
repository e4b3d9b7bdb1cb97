package kiosque.newsroom.taxonomy;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.MediaService;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.Link;
import kiosque.web.Messages;
import kiosque.web.Views;

/** The sections, topics and authors pages: HTTP only, rules in {@link TaxonomyAdmin}. */
public final class TaxonomyRoutes {

  private static final int PAGE = 100;

  private final TaxonomyAdmin admin;
  private final MediaService media;
  private final NewsroomPages pages;
  private final Views views;

  public TaxonomyRoutes(TaxonomyAdmin admin, MediaService media, NewsroomPages pages, Views views) {
    this.admin = admin;
    this.media = media;
    this.pages = pages;
    this.views = views;
  }

  public void addTo(RouteTable table) {
    NewsroomUrls urls = pages.urls();
    table.page(urls.taxonomy("rubriques"), Action.MANAGE_TAXONOMY, (ctx, s) -> render(ctx, s, "rubriques", null, 200));
    table.page(urls.taxonomy("sujets"), Action.MANAGE_TAXONOMY, (ctx, s) -> render(ctx, s, "sujets", null, 200));
    table.page(urls.taxonomy("auteurs"), Action.MANAGE_TAXONOMY, (ctx, s) -> render(ctx, s, "auteurs", null, 200));
    table.form(urls.taxonomyItem("rubriques", NewsroomUrls.ID), Action.MANAGE_TAXONOMY, (ctx, s) -> change(ctx, s, "rubriques",
        () -> admin.renameSection(actor(ctx, s), Ids.pathId(ctx, "id"), ctx.formParam("name"), ctx.formParam("slug"),
            ctx.formParam("description"))));
    table.form(urls.taxonomyItem("sujets", NewsroomUrls.ID), Action.MANAGE_TAXONOMY, (ctx, s) -> change(ctx, s, "sujets",
        () -> admin.renameTopic(actor(ctx, s), Ids.pathId(ctx, "id"), ctx.formParam("name"), ctx.formParam("slug"),
            ctx.formParam("description"))));
    table.form(urls.mergeTopic(NewsroomUrls.ID), Action.MANAGE_TAXONOMY, (ctx, s) -> change(ctx, s, "sujets",
        () -> admin.mergeTopicInto(actor(ctx, s), Ids.pathId(ctx, "id"), ctx.formParam("into"))));
    table.form(urls.taxonomyItem("auteurs", NewsroomUrls.ID), Action.MANAGE_TAXONOMY, (ctx, s) -> change(ctx, s, "auteurs",
        () -> admin.updateAuthor(actor(ctx, s), Ids.pathId(ctx, "id"), ctx.formParam("name"), ctx.formParam("slug"),
            ctx.formParam("fullName"), ctx.formParam("description"), photo(ctx.formParam("photo")))));
  }

  private void change(Context ctx, Session session, String kind, Runnable action) {
    try {
      action.run();
      boolean merged = ctx.path().endsWith("/fusionner");
      ctx.redirect(pages.urls().noted(pages.urls().taxonomy(kind), merged ? "merged" : "renamed"), HttpStatus.SEE_OTHER);
    } catch (TaxonomyException e) {
      render(ctx, session, kind, e.getMessage(), 400);
    }
  }

  private void render(Context ctx, Session session, String kind, String error, int status) {
    Messages msg = pages.messages();
    String filter = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
    int offset = ctx.queryParam("depuis") != null && ctx.queryParam("depuis").matches("\\d{1,9}")
        ? Integer.parseInt(ctx.queryParam("depuis")) : 0;
    List<TaxonomyRow> rows = switch (kind) {
      case "rubriques" -> admin.sections();
      case "sujets" -> admin.topics(filter, PAGE, offset);
      default -> admin.authors(filter, PAGE, offset);
    };
    List<Link> tabs = List.of(new Link(msg.get("nr.taxonomy.sections"), pages.urls().taxonomy("rubriques")),
        new Link(msg.get("nr.taxonomy.topics"), pages.urls().taxonomy("sujets")),
        new Link(msg.get("nr.taxonomy.authors"), pages.urls().taxonomy("auteurs")));
    List<Link> photos = kind.equals("auteurs")
        ? media.latest(100).stream().map(m -> new Link(m.label(), String.valueOf(m.id()))).toList() : List.of();
    String more = !kind.equals("rubriques") && rows.size() == PAGE
        ? pages.urls().taxonomy(kind, filter, offset + PAGE) : null;
    TaxonomyPage page = new TaxonomyPage(pages.layout(session, msg.get("nr.taxonomy." + kind), ctx.queryParam("note")),
        kind, rows, tabs, filter, error, photos, more);
    ctx.status(status).html(views.render("newsroom/taxonomy.jte", page));
  }

  private static Long photo(String raw) {
    return raw != null && raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
  }

  private static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }
}
