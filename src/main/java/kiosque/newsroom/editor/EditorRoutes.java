package kiosque.newsroom.editor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kiosque.content.Article;
import kiosque.content.ArticleStatus;
import kiosque.content.BodySanitizer;
import kiosque.content.FrenchDates;
import kiosque.content.InvalidContentException;
import kiosque.content.StaleArticleException;
import kiosque.content.TaxonomyStore;
import kiosque.errors.BadRequestException;
import kiosque.errors.ForbiddenException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.media.Media;
import kiosque.newsroom.media.MediaService;
import kiosque.newsroom.notes.Notes;
import kiosque.newsroom.notes.NotesPanel;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Ids;
import kiosque.newsroom.shell.NewsroomPages;
import kiosque.newsroom.shell.NewsroomUrls;
import kiosque.newsroom.shell.RouteTable;
import kiosque.newsroom.shell.Session;
import kiosque.newsroom.workflow.EditorialState;
import kiosque.newsroom.workflow.Transition;
import kiosque.newsroom.workflow.WorkflowException;
import kiosque.search.ArchiveSearch;
import kiosque.site.SiteService;
import kiosque.web.Messages;
import kiosque.web.Urls;
import kiosque.web.Views;

/** The editor's routes: HTTP only (forms, redirects, status codes); rules in {@link EditorialService}. */
public final class EditorRoutes {

  private static final int MEDIA_CHOICES = 60;
  private static final DateTimeFormatter LOCAL_INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  private final EditorialService editorial;
  private final TaxonomyStore taxonomy;
  private final SiteService site;
  private final BodySanitizer sanitizer;
  private final NewsroomPages pages;
  private final Views views;
  private final FrenchDates dates;
  private final Urls urls;
  private final Clock clock;
  private final ArticleLists lists;
  private final MediaService media;
  private final RevisionRoutes revisionRoutes;
  private final EditorRefusals refusals;
  private final UnpublishRoutes unpublishing;
  private final Notes notes;

  public EditorRoutes(EditorialService editorial, DeskStore desk, TaxonomyStore taxonomy, SiteService site,
      BodySanitizer sanitizer, NewsroomPages pages, Views views, FrenchDates dates, Urls urls, Clock clock,
      MediaService media, ArchiveSearch archive, Notes notes) {
    this.notes = notes;
    this.media = media;
    this.editorial = editorial;
    this.taxonomy = taxonomy;
    this.site = site;
    this.sanitizer = sanitizer;
    this.pages = pages;
    this.views = views;
    this.dates = dates;
    this.urls = urls;
    this.clock = clock;
    this.lists = new ArticleLists(desk, archive, taxonomy, pages, views, dates);
    this.revisionRoutes = new RevisionRoutes(editorial, site, sanitizer, pages, views, dates, clock);
    this.refusals = new EditorRefusals(pages.messages(), dates, sanitizer);
    this.unpublishing = new UnpublishRoutes(editorial, pages, views, urls);
  }

  public void addTo(RouteTable table) {
    NewsroomUrls newsroom = pages.urls();
    table.page(newsroom.articles(), Action.VIEW_NEWSROOM, lists::list);
    table.page(newsroom.newArticle(), Action.WRITE_ARTICLE, (ctx, s) -> render(ctx, s, null,
        ArticleForm.empty(s.account().displayName()), 0, null, 200));
    table.form(newsroom.articles(), Action.WRITE_ARTICLE, this::create);
    table.page(newsroom.article(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::edit);
    table.form(newsroom.article(NewsroomUrls.ID), Action.EDIT_ARTICLE, this::save);
    table.form(newsroom.autosave(NewsroomUrls.ID), Action.EDIT_ARTICLE, this::autosave);
    table.form(newsroom.workflow(NewsroomUrls.ID), Action.SUBMIT_FOR_REVIEW, this::move);
    table.form(newsroom.presence(NewsroomUrls.ID), Action.VIEW_NEWSROOM, this::heartbeat);
    revisionRoutes.addTo(table);
    unpublishing.addTo(table);
    table.page(newsroom.topicNames(), Action.VIEW_NEWSROOM, (ctx, s) ->
        ctx.json(lists.topics(ctx.queryParam("q"))));
  }

  /** Saved without what a browser would have run: the notice says so instead of the usual one. */
  private static boolean codeRemoved(ArticleForm form) {
    return BodySanitizer.hasExecutableMarkup(form.body());
  }

  private String noted(long id, String note) {
    return pages.urls().noted(pages.urls().article(id), note);
  }

  private void create(Context ctx, Session session) {
    ArticleForm form = form(ctx);
    try {
      EditorRefusals.checkLength(form);
      long id = editorial.create(actor(ctx, session), form);
      ctx.redirect(noted(id, codeRemoved(form) ? "code-removed" : "created"), HttpStatus.SEE_OTHER);
    } catch (InvalidContentException e) {
      render(ctx, session, null, form, 0, refusals.message(e), 400);
    }
  }

  private void edit(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Actor actor = actor(ctx, session);
    Article article = editorial.article(id);
    ArticleForm stored = editorial.pendingRevision(id).map(Revision::form).orElseGet(() -> editorial.formOf(article));
    if ("ignorer".equals(ctx.queryParam("brouillon"))) {
      editorial.dropDraft(actor, id);
    }
    Optional<DraftSlots.Slot> slot = editorial.draftSlot(actor, id, stored);
    if (slot.isPresent() && slot.get().baseVersion() != article.version()) {
      // Kept while someone else saved a newer version: the same choice as a conflicting save.
      conflict(ctx, session, id, slot.get().form(), 200);
      return;
    }
    String offered = slot.map(s -> pages.messages().format("nr.editor.slotRestored", dates.time(s.savedAt())))
        .orElse(null);
    render(ctx, session, id, slot.map(DraftSlots.Slot::form).orElse(stored), article.version(), null, 200, null, offered);
  }

  private void save(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    ArticleForm form = form(ctx);
    SaveMode mode = "correct".equals(ctx.formParam("mode")) ? SaveMode.CORRECT : SaveMode.SAVE;
    int version = version(ctx);
    try {
      EditorRefusals.checkLength(form);
      editorial.save(actor(ctx, session), id, version, form, mode);
      boolean pending = editorial.state(id).pending() != EditorialState.Pending.NONE && mode == SaveMode.SAVE;
      ctx.redirect(noted(id, codeRemoved(form) ? "code-removed" : pending ? "revision-pending" : "saved"),
          HttpStatus.SEE_OTHER);
    } catch (StaleArticleException e) {
      conflict(ctx, session, id, form, 409);
    } catch (InvalidContentException | WorkflowException e) {
      render(ctx, session, id, form, version, refusals.message(e), 400);
    } catch (ForbiddenException e) {
      // The page comes back with everything typed: a refusal must never cost the text.
      render(ctx, session, id, form, version, pages.messages().get("nr.editor.refused"), 403);
    }
  }

  /** The browser's autosave: into this person's draft slot only (see {@link EditorialService#autosave}). */
  private void autosave(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Actor actor = actor(ctx, session);
    ArticleForm form = form(ctx);
    Messages msg = pages.messages();
    int version = version(ctx);
    try {
      EditorRefusals.checkLength(form);
      if (editorial.autosave(actor, id, version, form)) {
        ctx.json(Map.of("version", version, "savedAt", dates.time(clock.instant())));
      } else {
        ctx.status(409).json(Map.of("error", msg.get("nr.editor.autosaveKept")));
      }
    } catch (InvalidContentException e) {
      ctx.status(400).json(Map.of("error", refusals.message(e)));
    } catch (ForbiddenException e) {
      ctx.status(403).json(Map.of("error", msg.get("nr.editor.refused")));
    }
  }

  /** The page's heartbeat: renews this person's mark and answers who else has the article open. */
  private void heartbeat(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Actor actor = actor(ctx, session);
    if ("leave".equals(ctx.formParam("state"))) {
      editorial.stopEditing(actor, id);
      ctx.status(HttpStatus.NO_CONTENT);
      return;
    }
    editorial.article(id);
    editorial.markEditing(actor, id);
    String others = presence(actor, id);
    ctx.json(Map.of("others", others == null ? "" : others));
  }

  private String presence(Actor actor, long id) {
    List<EditingPresence.Editor> others = editorial.othersEditing(actor, id);
    if (others.isEmpty()) {
      return null;
    }
    return others.stream().map(o -> pages.messages().format("nr.editor.presence", o.name(), dates.time(o.since())))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  /**
   * A save over a newer version: the form comes back with the person's text, carrying the newer
   * version (so saving again puts theirs on top, as a new revision), beside the newer version and
   * the differences between the two.
   */
  private void conflict(Context ctx, Session session, long id, ArticleForm yours, int status) {
    Article article = editorial.article(id);
    ArticleForm saved = editorial.pendingRevision(id).map(Revision::form).orElseGet(() -> editorial.formOf(article));
    EditorPage.Conflict conflict = refusals.conflict(saved, editorial.revisions(id), yours);
    render(ctx, session, id, yours, article.version(), pages.messages().get("nr.editor.stale"), status, conflict,
        null);
  }

  private void move(Context ctx, Session session) {
    long id = Ids.pathId(ctx, "id");
    Transition move;
    try {
      move = Transition.valueOf(String.valueOf(ctx.formParam("move")));
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(pages.messages().get("nr.workflow.notAMove"));
    }
    Article article = editorial.article(id);
    // The editor's buttons post the whole form: its text is saved with the move. A bare move (an
    // older page, a script) changes only the status.
    boolean withForm = ctx.formParam("title") != null;
    ArticleForm typed = withForm ? form(ctx) : editorial.formOf(article);
    int version = withForm ? version(ctx) : article.version();
    try {
      Instant when = move == Transition.SCHEDULE ? when(ctx) : null;
      if (withForm) {
        EditorRefusals.checkLength(typed);
        editorial.saveAndMove(actor(ctx, session), id, version(ctx), typed, move, when, ctx.formParam("note"));
      } else {
        editorial.move(actor(ctx, session), id, version(ctx), move, when, ctx.formParam("note"));
      }
      ctx.redirect(noted(id, note(move)), HttpStatus.SEE_OTHER);
    } catch (StaleArticleException e) {
      if (withForm) {
        conflict(ctx, session, id, typed, 409);
      } else {
        render(ctx, session, id, typed, version, pages.messages().get("nr.editor.staleMove"), 409);
      }
    } catch (InvalidContentException | WorkflowException e) {
      render(ctx, session, id, typed, version, refusals.message(e), 400);
    } catch (ForbiddenException e) {
      render(ctx, session, id, typed, version, pages.messages().get("nr.editor.refused"), 403);
    }
  }

  private Instant when(Context ctx) {
    String raw = ctx.formParam("quand");
    try {
      return LocalDateTime.parse(raw == null ? "" : raw).atZone(dates.zone()).toInstant();
    } catch (DateTimeException e) {
      throw new WorkflowException(pages.messages().get("nr.editor.badTime"));
    }
  }

  private static String note(Transition move) {
    return switch (move) {
      case SUBMIT, SUBMIT_REVISION -> "submitted";
      case RETURN_TO_DRAFT, RETURN_REVISION -> "returned";
      case SCHEDULE -> "scheduled";
      case UNSCHEDULE -> "unscheduled";
      case PUBLISH -> "published";
      case PUBLISH_REVISION -> "revision-published";
      case UNPUBLISH -> "unpublished";
      default -> "saved";
    };
  }

  private void render(Context ctx, Session session, Long id, ArticleForm form, int version, String error, int status) {
    render(ctx, session, id, form, version, error, status, null, null);
  }

  private void render(Context ctx, Session session, Long id, ArticleForm form, int version, String error, int status,
      EditorPage.Conflict conflict, String draftSlot) {
    Messages msg = pages.messages();
    String readOnly = null;
    String presence = null;
    Actor actor = actor(ctx, session);
    List<EditorPage.Move> moves = List.of();
    String statusLabel = msg.get("nr.status.new");
    String pendingLabel = null;
    boolean live = false;
    boolean mayCorrect = false;
    boolean maySchedule = false;
    String scheduleValue = LocalDateTime.now(clock.withZone(dates.zone())).plusHours(1).truncatedTo(ChronoUnit.HOURS)
        .format(LOCAL_INPUT);
    String scheduledLabel = null;
    String publicHref = null;
    NotesPanel notesPanel = null;
    if (id != null) {
      notesPanel = NotesPanel.of(notes, id, session.account(), dates, msg, pages.urls().articleNotes(id));
      Article article = editorial.article(id);
      EditorialState state = editorial.state(id);
      statusLabel = msg.get("nr.status." + article.status().code());
      if (state.pending() != EditorialState.Pending.NONE) {
        pendingLabel = msg.get("nr.pending." + state.pending().name().toLowerCase());
      }
      List<Transition> possible = editorial.possibleMoves(actor, id);
      moves = possible.stream()
          .filter(m -> m != Transition.EDIT && m != Transition.CORRECT && m != Transition.SAVE_REVISION
              && m != Transition.SCHEDULE)
          .map(m -> new EditorPage.Move(m.name(), msg.get("nr.move." + m.name())))
          .toList();
      if (!possible.contains(Transition.EDIT) && !possible.contains(Transition.SAVE_REVISION)
          && !possible.contains(Transition.CORRECT)) {
        readOnly = msg.get("nr.editor.readOnly");
      } else {
        editorial.markEditing(actor, id);
      }
      presence = presence(actor, id);
      live = article.status() == ArticleStatus.PUBLISHED;
      mayCorrect = possible.contains(Transition.CORRECT);
      maySchedule = possible.contains(Transition.SCHEDULE);
      if (article.status() == ArticleStatus.SCHEDULED) {
        scheduleValue = article.publishedAt().atZone(dates.zone()).format(LOCAL_INPUT);
        scheduledLabel = msg.format("nr.editor.scheduledFor", dates.day(article.publishedAt()), dates.time(article.publishedAt()));
      }
      if (live) {
        publicHref = urls.article(article);
      }
    }
    String title = id == null ? msg.get("nr.nav.newArticle") : form.title();
    EditorPage page = new EditorPage(pages.editorLayout(session, title, ctx.queryParam("note")), id, version, form,
        statusLabel, pendingLabel, live, mayCorrect, moves, maySchedule, scheduleValue, scheduledLabel, error,
        taxonomy.sections().stream().map(kiosque.content.Section::name).toList(), publicHref, mediaChoices(form),
        conflict, readOnly, presence, draftSlot, fieldsPanel(id, form), notesPanel);
    ctx.status(status).html(views.render("newsroom/editor.jte", page));
  }

  // ---- Article fields (issue 13): kicker, SEO and social fields, correction -------------------

  private FieldsPanel fieldsPanel(Long id, ArticleForm form) {
    Long social = form.extras().socialImageId();
    List<EditorPage.MediaChoice> choices = new java.util.ArrayList<>();
    media.latest(MEDIA_CHOICES).forEach(m -> choices.add(socialChoice(m, social)));
    if (social != null && choices.stream().noneMatch(EditorPage.MediaChoice::selected)) {
      media.byId(social).ifPresent(m -> choices.addFirst(socialChoice(m, social)));
    }
    return FieldsPanel.of(form, sanitizer.sanitize(form.body()).text(), id == null ? null : editorial.article(id),
        choices, pages.messages(), dates);
  }

  private static EditorPage.MediaChoice socialChoice(Media m, Long selected) {
    return new EditorPage.MediaChoice(m.id(), m.label(), m.href(320), selected != null && m.id() == selected);
  }

  private static kiosque.content.ArticleExtras extras(Context ctx) {
    return new kiosque.content.ArticleExtras(ctx.formParam("kicker"), ctx.formParam("seoTitle"),
        ctx.formParam("seoDescription"), ctx.formParam("socialTitle"), leadId(ctx.formParam("socialImage")),
        ctx.formParam("correction"), null);
  }

  /** The latest images of the library, and the current lead image even when it is older. */
  private List<EditorPage.MediaChoice> mediaChoices(ArticleForm form) {
    List<Media> latest = new java.util.ArrayList<>(media.latest(MEDIA_CHOICES));
    if (form.leadMediaId() != null && latest.stream().noneMatch(m -> m.id() == form.leadMediaId())) {
      media.byId(form.leadMediaId()).ifPresent(latest::addFirst);
    }
    return latest.stream().map(m -> new EditorPage.MediaChoice(m.id(), m.label(), m.href(320),
        form.leadMediaId() != null && m.id() == form.leadMediaId())).toList();
  }

  static ArticleForm form(Context ctx) {
    return new ArticleForm(ctx.formParam("title"), ctx.formParam("summary"), ctx.formParam("body"),
        ctx.formParam("section"), ArticleForm.split(ctx.formParam("topics")), ArticleForm.split(ctx.formParam("bylines")),
        ctx.formParam("sourceName"), ctx.formParam("sourceUrl"), ctx.formParam("slug"), leadId(ctx.formParam("leadMedia")),
        extras(ctx));
  }

  private static Long leadId(String raw) {
    return raw != null && raw.matches("\\d{1,18}") ? Long.valueOf(raw) : null;
  }

  private static int version(Context ctx) {
    String raw = ctx.formParam("version");
    return raw != null && raw.matches("\\d{1,9}") ? Integer.parseInt(raw) : -1;
  }

  private static Actor actor(Context ctx, Session session) {
    return new Actor(session.account(), ctx.ip());
  }
}
