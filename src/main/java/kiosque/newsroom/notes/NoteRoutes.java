package kiosque.newsroom.notes;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;

/** The editor's note form: HTTP only, rules in {@link Notes}. Back to the editor, at its notes. */
public final class NoteRoutes {

  private final Notes notes;
  private final NewsroomPages pages;

  public NoteRoutes(Notes notes, NewsroomPages pages) {
    this.notes = notes;
    this.pages = pages;
  }

  public void addTo(RouteTable table) {
    // As saving: the article's authors (their own) and editors (any); the service checks the owner.
    table.form(pages.urls().articleNotes(NewsroomUrls.ID), Action.EDIT_ARTICLE, this::add);
  }

  private void add(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    NewsroomUrls urls = pages.urls();
    String note;
    try {
      notes.add(session.account(), id, ctx.formParam("note"));
      note = "note-added";
    } catch (Notes.EmptyNoteException e) {
      note = "note-empty";
    }
    ctx.redirect(urls.noted(urls.article(id), note) + "#notes", HttpStatus.SEE_OTHER);
  }
}
