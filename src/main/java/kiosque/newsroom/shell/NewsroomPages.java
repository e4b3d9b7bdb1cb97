package kiosque.newsroom.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kiosque.web.Link;
import kiosque.web.Messages;

/** Builds the {@link NewsroomLayout} of a page for the signed-in person. */
public final class NewsroomPages {

  /** Notices a redirect may ask for with {@code ?note=KEY}; anything else is ignored. */
  private static final Set<String> NOTES = Set.of("saved", "created", "submitted", "published", "scheduled",
      "unpublished", "returned", "unscheduled", "restored", "revision-pending", "revision-published",
      "account-created", "password-reset", "account-disabled", "account-enabled", "role-changed",
      "logged-out-everywhere", "media-uploaded", "renamed", "merged", "taxonomy-saved", "related-pin",
      "related-exclude", "related-clear", "front-saved", "banner-set", "banner-cleared",
      // media library (issue 13, media)
      "media-saved", "media-deleted",
      // collab: notes, notifications, password reset
      "note-added", "note-empty", "notifications-read", "password-set",
      // a body saved without the code a browser would have run
      "code-removed");

  private final String siteName;
  private final Messages msg;
  private final NewsroomUrls urls;
  private final Permissions permissions;
  private final StaticFiles files;
  private final UnreadCount unread;

  public NewsroomPages(String siteName, Messages msg, NewsroomUrls urls, Permissions permissions, StaticFiles files) {
    this(siteName, msg, urls, permissions, files, account -> 0);
  }

  /** @param unread the masthead's count of unread notifications */
  public NewsroomPages(String siteName, Messages msg, NewsroomUrls urls, Permissions permissions, StaticFiles files,
      UnreadCount unread) {
    this.unread = unread;
    this.siteName = siteName;
    this.msg = msg;
    this.urls = urls;
    this.permissions = permissions;
    this.files = files;
  }

  public Messages messages() {
    return msg;
  }

  /** The back office's addresses, for the routes that declare them and redirect to them. */
  public NewsroomUrls urls() {
    return urls;
  }

  public NewsroomLayout layout(Session session, String title, String note) {
    return build(session, title, note, null);
  }

  /** The editor page also loads its scripts: the body editor (Tiptap bundle), then the form's. */
  public NewsroomLayout editorLayout(Session session, String title, String note) {
    return build(session, title, note, files.href("body-editor.js") + " " + files.href("editor.js"));
  }

  public NewsroomLayout anonymous(String title) {
    return new NewsroomLayout(siteName, title, msg, urls, null, null, List.of(), files.href("newsroom.css"), null, null, null, 0);
  }

  private NewsroomLayout build(Session session, String title, String note, String script) {
    Role role = session.account().role();
    List<Link> nav = new ArrayList<>();
    nav.add(new Link(msg.get("nr.nav.dashboard"), urls.home()));
    nav.add(new Link(msg.get("nr.nav.articles"), urls.articles()));
    nav.add(new Link(msg.get("nr.nav.newArticle"), urls.newArticle()));
    nav.add(new Link(msg.get("nr.nav.media"), urls.media()));
    if (permissions.allowsSome(role, Action.MANAGE_TAXONOMY)) {
      nav.add(new Link(msg.get("nr.nav.taxonomy"), urls.taxonomy("rubriques")));
    }
    if (permissions.allowsSome(role, Action.ARRANGE_FRONT_PAGE)) {
      nav.add(new Link(msg.get("nr.nav.frontPage"), urls.frontPage()));
    }
    if (permissions.allowsSome(role, Action.MANAGE_ACCOUNTS)) {
      nav.add(new Link(msg.get("nr.nav.accounts"), urls.accounts()));
    }
    if (permissions.allowsSome(role, Action.VIEW_AUDIT_LOG)) {
      nav.add(new Link(msg.get("nr.nav.audit"), urls.auditLog()));
    }
    String notice = note != null && NOTES.contains(note) ? msg.get("nr.note." + note) : null;
    return new NewsroomLayout(siteName, title, msg, urls, session.account(), session.csrfToken(), nav,
        files.href("newsroom.css"), script, notice, files.href("media-picker.js"),
        unread.of(session.account()));
  }
}
