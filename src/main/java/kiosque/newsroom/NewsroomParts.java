package kiosque.newsroom;

import java.time.Clock;
import java.util.List;
import kiosque.config.Settings;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.TaxonomyStore;
import kiosque.newsroom.accounts.AccountRoutes;
import kiosque.newsroom.accounts.AccountService;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.accounts.PasswordResetRoutes;
import kiosque.newsroom.accounts.PasswordResets;
import kiosque.newsroom.accounts.Sessions;
import kiosque.newsroom.editor.BodyLookupRoutes;
import kiosque.newsroom.editor.DashboardRoutes;
import kiosque.newsroom.editor.DeskStore;
import kiosque.newsroom.editor.EditorRoutes;
import kiosque.newsroom.editor.EditorialService;
import kiosque.newsroom.editor.RelatedListsRoutes;
import kiosque.frontpage.FrontPageChoices;
import kiosque.frontpage.FrontPageService;
import kiosque.newsroom.frontpage.FrontPageRoutes;
import kiosque.newsroom.media.MediaRoutes;
import kiosque.newsroom.media.MediaService;
import kiosque.newsroom.notes.NoteRoutes;
import kiosque.newsroom.notes.Notes;
import kiosque.newsroom.notifications.NotificationRoutes;
import kiosque.newsroom.notifications.Notifications;
import kiosque.newsroom.shell.Guard;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.shell.StaticFiles;
import kiosque.newsroom.taxonomy.TaxonomyAdmin;
import kiosque.newsroom.taxonomy.TaxonomyRoutes;
import kiosque.related.RelatedService;
import kiosque.search.ArchiveSearch;
import kiosque.site.SiteService;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;
import org.jdbi.v3.core.Jdbi;

/** What {@link kiosque.Wiring} hands the newsroom's web layer: settings, services, views. */
public record NewsroomParts(Settings settings, Messages messages, Views views, FrenchDates dates, Urls urls,
    Clock clock, Jdbi jdbi, Permissions permissions, Sessions sessions, AccountService accounts, AuditLog audit,
    EditorialService editorial, TaxonomyStore taxonomy, SiteService site, BodySanitizer sanitizer,
    MediaService media, TaxonomyAdmin taxonomyAdmin, RelatedService related, FrontPageChoices frontPage,
    FrontPageService frontPageService, ArchiveSearch archive, Notes notes, Notifications notifications,
    PasswordResets passwordResets) {

  /** Builds the newsroom's routes. */
  public NewsroomRoutes routes() {
    StaticFiles files = new StaticFiles("newsroom.css", "editor.js", "body-editor.js", "media-picker.js");
    NewsroomUrls newsroomUrls = new NewsroomUrls();
    Guard guard = new Guard(sessions, permissions, newsroomUrls, settings.secureCookies());
    NewsroomPages pages = new NewsroomPages(settings.siteName(), messages, newsroomUrls, permissions, files,
        account -> notifications.unread(account.id()));
    AccountRoutes accountRoutes = new AccountRoutes(accounts, audit, guard, pages, views, dates);
    DeskStore desk = new DeskStore(jdbi);
    DashboardRoutes dashboard = new DashboardRoutes(desk, pages, views, dates);
    EditorRoutes editor = new EditorRoutes(editorial, desk, taxonomy, site, sanitizer, pages, views, dates, urls, clock,
        media, archive, notes);
    MediaRoutes mediaRoutes = new MediaRoutes(media, pages, views, dates);
    TaxonomyRoutes taxonomyRoutes = new TaxonomyRoutes(taxonomyAdmin, media, pages, views);
    RelatedListsRoutes relatedLists = new RelatedListsRoutes(related, editorial, pages, views, dates, audit, urls);
    FrontPageRoutes frontPageRoutes = new FrontPageRoutes(frontPage, frontPageService, site, pages, views, dates,
        audit, urls, clock);
    // collab (issue 13): notes, notifications, password-reset links
    NoteRoutes noteRoutes = new NoteRoutes(notes, pages);
    NotificationRoutes notificationRoutes = new NotificationRoutes(notifications, pages, views, dates);
    PasswordResetRoutes resetRoutes = new PasswordResetRoutes(passwordResets, accounts, guard, pages, views, urls);
    BodyLookupRoutes bodyLookups = new BodyLookupRoutes(frontPage, newsroomUrls, urls); // rich text
    return new NewsroomRoutes(files, guard, List.of(accountRoutes::addTo, dashboard::addTo, editor::addTo,
        mediaRoutes::addTo, taxonomyRoutes::addTo, relatedLists::addTo, frontPageRoutes::addTo, bodyLookups::addTo,
        noteRoutes::addTo, notificationRoutes::addTo, resetRoutes::addTo));
  }
}
