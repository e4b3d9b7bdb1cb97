package kiosque.newsroom.media;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.web.CachePolicy;
import kiosque.web.Views;

/**
 * The media library (upload and list) under {@code /redaction/medias}, and the renditions under
 * {@code /media}: public, cookie-free and cached for a year, since a rendition never changes.
 */
public final class MediaRoutes {

  private final MediaService media;
  private final NewsroomPages pages;
  private final Views views;

  public MediaRoutes(MediaService media, NewsroomPages pages, Views views) {
    this.media = media;
    this.pages = pages;
    this.views = views;
  }

  public void addTo(RouteTable table) {
    table.page(pages.urls().media(), Action.VIEW_NEWSROOM, (ctx, s) -> library(ctx, s, null, 200));
    table.form(pages.urls().media(), Action.UPLOAD_MEDIA, this::upload);
    table.publicRoutes().get("/media/{id}/{file}", this::serve);
  }

  private void library(Context ctx, Session session, String error, int status) {
    MediaPage page = new MediaPage(pages.layout(session, pages.messages().get("nr.nav.media"), ctx.queryParam("note")),
        media.latest(200), error, MediaService.MAX_BYTES / (1024 * 1024));
    ctx.status(status).html(views.render("newsroom/media.jte", page));
  }

  private void upload(Context ctx, Session session) {
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (file == null) {
      library(ctx, session, pages.messages().get("nr.media.noFile"), 400);
      return;
    }
    try (InputStream in = file.content()) {
      media.upload(new Actor(session.account(), ctx.ip()), file.filename(), in, ctx.formParam("alt"), ctx.formParam("credit"));
      ctx.redirect(pages.urls().noted(pages.urls().media(), "media-uploaded"), HttpStatus.SEE_OTHER);
    } catch (MediaException e) {
      library(ctx, session, e.getMessage(), 400);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
