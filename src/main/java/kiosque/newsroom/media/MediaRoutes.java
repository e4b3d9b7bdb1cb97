package kiosque.newsroom.media;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import kiosque.content.FrenchDates;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.CachePolicy;
import kiosque.web.Messages;
import kiosque.web.Views;

/**
 * The media library under {@code /redaction/medias} (search, upload, an image's page, its edit and
 * deletion, the picker's JSON), and the renditions under {@code /media}: public, cookie-free and
 * cached for a year, since a file never changes under its name.
 */
public final class MediaRoutes {

  private final MediaService media;
  private final NewsroomPages pages;
  private final Views views;
  private final MediaViews cards;

  public MediaRoutes(MediaService media, NewsroomPages pages, Views views, FrenchDates dates) {
    this.media = media;
    this.pages = pages;
    this.views = views;
    this.cards = new MediaViews(media, pages, dates);
  }

  public void addTo(RouteTable table) {
    var urls = pages.urls();
    table.page(urls.media(), Action.VIEW_NEWSROOM, (ctx, s) -> library(ctx, s, null, 200));
    table.form(urls.media(), Action.UPLOAD_MEDIA, this::upload);
    table.page(urls.mediaJson(), Action.VIEW_NEWSROOM, (ctx, s) -> ctx.json(cards.found(ctx)));
    table.form(urls.mediaJson(), Action.UPLOAD_MEDIA, this::uploadForPicker);
    table.page(urls.mediaItem("{id}"), Action.VIEW_NEWSROOM, (ctx, s) -> item(ctx, s, null, List.of(), 200));
    table.form(urls.mediaItem("{id}"), Action.UPLOAD_MEDIA, this::edit);
    table.form(urls.mediaDelete("{id}"), Action.UPLOAD_MEDIA, this::delete);
    table.publicRoutes().get("/media/{id}/{file}", this::serve);
  }

  private void library(Context ctx, Session session, String error, int status) {
    MediaPage page = cards.library(ctx, session, error);
    ctx.status(status).html(views.render("newsroom/media.jte", page));
  }

  private void item(Context ctx, Session session, String error, List<MediaUse> blockers, int status) {
    Media image = media.byId(Ids.pathId(ctx, "id")).orElseThrow(() -> new NotFoundException(ctx.path()));
    MediaEditPage page = cards.item(ctx, session, image, error, blockers);
    ctx.status(status).html(views.render("newsroom/mediaitem.jte", page));
  }

  private void upload(Context ctx, Session session) {
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (file == null) {
      library(ctx, session, msg().get("nr.media.noFile"), 400);
      return;
    }
    try (InputStream in = file.content()) {
      Media stored = media.upload(actor(ctx, session), file.filename(), in, ctx.formParam("alt"),
          ctx.formParam("credit"), ctx.formParam("caption"));
      ctx.redirect(pages.urls().noted(pages.urls().mediaItem(stored.id()), "media-uploaded"), HttpStatus.SEE_OTHER);
    } catch (MediaException e) {
      library(ctx, session, e.getMessage(), 400);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The picker's upload: the stored image as the picker hands it over, or the refusal's message. */
  private void uploadForPicker(Context ctx, Session session) {
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (file == null) {
      ctx.status(400).json(Map.of("error", msg().get("nr.media.noFile")));
      return;
    }
    try (InputStream in = file.content()) {
      Media stored = media.upload(actor(ctx, session), file.filename(), in, ctx.formParam("alt"),
          ctx.formParam("credit"), ctx.formParam("caption"));
      ctx.status(201).json(MediaViews.chosen(stored));
    } catch (MediaException e) {
      ctx.status(400).json(Map.of("error", e.getMessage()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void edit(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    try {
      MediaEdit edit = new MediaEdit(ctx.formParam("alt"), ctx.formParam("credit"), ctx.formParam("caption"),
          FocalPoint.parse(ctx.formParam("focalX")), FocalPoint.parse(ctx.formParam("focalY")));
      media.edit(actor(ctx, session), id, edit);
      ctx.redirect(pages.urls().noted(pages.urls().mediaItem(id), "media-saved"), HttpStatus.SEE_OTHER);
    } catch (MediaException e) {
      item(ctx, session, e.getMessage(), List.of(), 400);
    }
  }

  private void delete(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    try {
      media.delete(actor(ctx, session), id);
      ctx.redirect(pages.urls().noted(pages.urls().media(), "media-deleted"), HttpStatus.SEE_OTHER);
    } catch (MediaInUseException e) {
      item(ctx, session, msg().get("nr.media.inUse"), e.uses(), 409);
    }
  }

  private Messages msg() {
    return pages.messages();
  }

  private static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }

  /** From the database through this node's memory: any node serves any image, with a strong ETag and 304s. */
  private void serve(Context ctx) {
    long id = Ids.pathId(ctx, "id");
    MediaFile file = media.rendition(id, ctx.pathParam("file")).orElseThrow(() -> new NotFoundException(ctx.path()));
    CachePolicy.ASSET.applyTo(ctx);
    ctx.header("ETag", file.etag());
    String noneMatch = ctx.header("If-None-Match");
    if (noneMatch != null && (noneMatch.strip().equals("*")
        || java.util.Arrays.stream(noneMatch.split(",")).map(String::strip).anyMatch(file.etag()::equals))) {
      ctx.status(HttpStatus.NOT_MODIFIED);
      return;
    }
    ctx.result(file.bytes());
    // Set last: Javalin's default text content type would otherwise add a charset to an image.
    ctx.res().setCharacterEncoding(null);
    ctx.res().setContentType(file.contentType());
  }
}
