package kiosque.newsroom.editor;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import kiosque.content.Article;
import kiosque.content.ArticleService;
import kiosque.content.ArticleStatus;
import kiosque.content.ArticleStore;
import kiosque.content.BodySanitizer;
import kiosque.errors.BadRequestException;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.accounts.Actor;
import kiosque.newsroom.accounts.AuditLog;
import kiosque.newsroom.notes.Notes;
import kiosque.newsroom.notifications.Notifications;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.workflow.EditorialState;
import kiosque.newsroom.workflow.EditorialState.Pending;
import kiosque.newsroom.workflow.Transition;
import kiosque.newsroom.workflow.Workflow;
import kiosque.newsroom.workflow.WorkflowException;
import kiosque.web.Messages;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Every newsroom change to an article passes here: the workflow says whether the move exists from
 * where the article stands, the permission table whether this person may make it (on their own
 * article or anyone's), then {@link ArticleService} writes it with its change log, and a revision
 * and an audit line are kept. Route handlers hold none of these rules.
 */
public final class EditorialService {

  private final ArticleService articles;
  private final ArticleStore store;
  private final RevisionStore revisions;
  private final DraftSlots slots;
  private final EditingPresence presence;
  private final BodySanitizer sanitizer;
  private final Permissions permissions;
  private final AuditLog audit;
  private final Clock clock;
  private final Messages messages;
  private final Notes notes;
  private final Notifications notifications;
  private volatile Runnable onScheduleChange = () -> {};

  /**
   * The moves {@link #move} makes. Saving text ({@code EDIT}, {@code CORRECT}, {@code SAVE_REVISION})
   * goes through {@link #save}; {@code PUBLISH_DUE} is the scheduler's alone.
   */
  private static final Set<Transition> MOVES = EnumSet.complementOf(EnumSet.of(Transition.EDIT, Transition.CORRECT,
      Transition.SAVE_REVISION, Transition.PUBLISH_DUE));

  public EditorialService(Jdbi jdbi, ArticleService articles, ArticleStore store, BodySanitizer sanitizer,
      Permissions permissions, AuditLog audit, Clock clock, Messages messages, Notes notes,
      Notifications notifications) {
    this.notes = notes;
    this.notifications = notifications;
    this.articles = articles;
    this.store = store;
    this.revisions = new RevisionStore(jdbi);
    this.slots = new DraftSlots(jdbi);
    this.presence = new EditingPresence(jdbi, clock);
    this.sanitizer = sanitizer;
    this.permissions = permissions;
    this.audit = audit;
    this.clock = clock;
    this.messages = messages;
  }

  /** Called after a schedule is set or cancelled, so the scheduler recomputes its next wake-up. */
  public void onScheduleChange(Runnable listener) {
    this.onScheduleChange = listener;
  }

  public long create(Actor actor, ArticleForm form) {
    require(actor, Action.WRITE_ARTICLE, true);
    long id = articles.create(form.draft(null, ArticleStatus.DRAFT, null), actor.account().id(),
        (handle, newId) -> {
          RevisionStore.setLead(handle, newId, lead(form));
          revisions.insert(handle, newId, actor.accountId(), clock.instant(), "created", ArticleStatus.DRAFT, clean(form));
        });
    audit.record(actor, "article.create", label(id, form.title()));
    return id;
  }

  /**
   * Saves the form over the article last read at {@code version}. A live article is changed at
   * once only by a correction; any other save of it becomes its pending revision.
   *
   * @throws kiosque.content.StaleArticleException when someone saved since
   */
  public void save(Actor actor, long id, int version, ArticleForm form, SaveMode mode) {
    Article article = article(id);
    EditorialState state = state(article);
    boolean own = owns(actor, id);
    if (article.status() != ArticleStatus.PUBLISHED) {
      // A scheduled article has been approved: changing it takes the right to publish.
      require(actor, article.status() == ArticleStatus.SCHEDULED ? Action.PUBLISH : Action.EDIT_ARTICLE, own);
      Workflow.next(state, Transition.EDIT);
      articles.update(id, version, form.draft(article.externalId(), article.status(), article.publishedAt()),
          (handle, ignored) -> {
            RevisionStore.setLead(handle, id, lead(form));
            revisions.insert(handle, id, actor.accountId(), clock.instant(), "saved", article.status(), clean(form));
          });
      audit.record(actor, "article.save", label(id, form.title()));
    } else if (mode == SaveMode.CORRECT) {
      require(actor, Transition.CORRECT.action(), own);
      Workflow.next(state, Transition.CORRECT);
      articles.update(id, version, form.draft(article.externalId(), ArticleStatus.PUBLISHED, article.publishedAt()),
          (handle, ignored) -> {
            RevisionStore.setLead(handle, id, lead(form));
            revisions.insert(handle, id, actor.accountId(), clock.instant(), "correction", ArticleStatus.PUBLISHED,
                clean(form));
          });
      audit.record(actor, "article.correct", label(id, form.title()));
    } else {
      require(actor, Transition.SAVE_REVISION.action(), own);
      EditorialState next = Workflow.next(state, Transition.SAVE_REVISION);
      lead(form);
      articles.touch(id, version, (handle, ignored) -> {
        long revision = revisions.insert(handle, id, actor.accountId(), clock.instant(), "pending",
            ArticleStatus.PUBLISHED, clean(form));
        revisions.setPending(handle, id, revision, pendingCode(next.pending()));
      });
      audit.record(actor, "article.revision.save", label(id, form.title()));
    }
    if (actor.accountId() != null) {
      // What the slot kept is now saved (or deliberately replaced): it is no longer offered back.
      slots.drop(id, actor.accountId());
    }
  }

  /**
   * The browser's autosave: the form goes into this person's draft slot, overwriting the previous
   * one, and never into the article. The article changes only on an explicit save or a workflow
   * move, so a half-typed sentence never reaches readers (a correction) or colleagues; the slot is
   * offered back when the article is opened again. Refused like a save to someone who may not save.
   *
   * @return whether the article is still at {@code baseVersion}; if not, the slot waits to be
   *     compared with the newer version when the article is opened again
   */
  public boolean autosave(Actor actor, long id, int baseVersion, ArticleForm form) {
    Article article = article(id);
    require(actor, savingAction(article), owns(actor, id));
    if (actor.accountId() != null) {
      slots.keep(id, actor.accountId(), baseVersion, form, clock.instant());
    }
    return article.version() == baseVersion;
  }

  /** This person's autosaved draft of the article, if one waits and differs from what is stored. */
  public Optional<DraftSlots.Slot> draftSlot(Actor actor, long id, ArticleForm stored) {
    if (actor.accountId() == null) {
      return Optional.empty();
    }
    return slots.of(id, actor.accountId()).filter(slot -> !clean(slot.form()).equals(stored));
  }

  public void dropDraft(Actor actor, long id) {
    if (actor.accountId() != null) {
      slots.drop(id, actor.accountId());
    }
  }

  /** Marks this person as editing the article (opening it, then each heartbeat of the page). */
  public void markEditing(Actor actor, long id) {
    if (actor.accountId() != null) {
      presence.mark(id, actor.accountId());
    }
  }

  public void stopEditing(Actor actor, long id) {
    if (actor.accountId() != null) {
      presence.release(id, actor.accountId());
    }
  }

  /** The others who have the article open now. */
  public List<EditingPresence.Editor> othersEditing(Actor actor, long id) {
    return actor.accountId() == null ? List.of() : presence.others(id, actor.accountId());
  }

  /**
   * A workflow move other than saving text; {@code scheduleAt} only for {@link Transition#SCHEDULE}.
   * Unpublishing is refused here: it takes a reason, through {@link #unpublish}.
   */
  public void move(Actor actor, long id, int version, Transition move, Instant scheduleAt) {
    move(actor, id, version, move, scheduleAt, null);
  }

  /** A move with a note: for a send-back, its reason, kept as a note and told to the author. */
  public void move(Actor actor, long id, int version, Transition move, Instant scheduleAt, String note) {
    if (!MOVES.contains(move)) {
      // A crafted form, not a bug: the editor's buttons only ever post MOVES.
      throw new BadRequestException(messages.get("nr.workflow.notAMove"));
    }
    refuseUnpublishWithoutReason(actor, id, move);
    apply(actor, id, version, move, scheduleAt, null, note);
  }

  /**
   * Takes a live article off the site, for a reason the audit log keeps (a legal request, an error
   * of fact ...): readers lose a page they may have linked to, so the newsroom must be able to say why.
   *
   * @throws WorkflowException when the reason is blank, with the message to show
   */
  public void unpublish(Actor actor, long id, int version, String reason) {
    apply(actor, id, version, Transition.UNPUBLISH, null, reason(reason), null);
  }

  private String reason(String reason) {
    String why = reason == null ? "" : reason.strip().replaceAll("\\s+", " ");
    if (why.isEmpty()) {
      throw new WorkflowException(messages.get("nr.unpublish.reasonMissing"));
    }
    if (why.length() > MAX_REASON) {
      throw new WorkflowException(messages.format("nr.unpublish.reasonTooLong", MAX_REASON));
    }
    return why;
  }

  /** Long enough for a sentence or two; the audit log is no place for a letter. */
  static final int MAX_REASON = 500;

  private void refuseUnpublishWithoutReason(Actor actor, long id, Transition move) {
    if (move == Transition.UNPUBLISH) {
      // Who may comes first, as for every move: a refusal says nothing about the article.
      require(actor, Action.UNPUBLISH, owns(actor, id));
      throw new WorkflowException(messages.get("nr.unpublish.reasonMissing"));
    }
  }

  /** @param note for a send-back, its reason (collab: kept as a note, told to the author); else null */
  private void apply(Actor actor, long id, int version, Transition move, Instant scheduleAt, String reason,
      String note) {
    Article article = article(id);
    // Who may comes before what is possible: a refusal says nothing about the article's state.
    require(actor, move.action(), owns(actor, id));
    EditorialState next = Workflow.next(state(article), move);
    ArticleForm current = formOf(article);
    BiConsumer<Handle, Long> tell = followUp(actor, move, note);
    switch (move) {
      case SUBMIT, RETURN_TO_DRAFT, SCHEDULE, UNSCHEDULE, PUBLISH -> {
        Target target = target(article, move, scheduleAt);
        articles.update(id, version, current.draft(article.externalId(), target.status(), target.publishedAt()), tell);
      }
      case UNPUBLISH -> articles.update(id, version,
          current.draft(article.externalId(), ArticleStatus.UNPUBLISHED, article.publishedAt()),
          (handle, ignored) -> revisions.clearPending(handle, id));
      case SUBMIT_REVISION, RETURN_REVISION -> {
        long revision = revisions.pending(id).orElseThrow().revisionId();
        articles.touch(id, version, (handle, ignored) -> {
          revisions.setPending(handle, id, revision, pendingCode(next.pending()));
          tell.accept(handle, id);
        });
      }
      case PUBLISH_REVISION -> {
        Revision pending = revisions.byId(id, revisions.pending(id).orElseThrow().revisionId()).orElseThrow();
        articles.update(id, version,
            pending.form().draft(article.externalId(), ArticleStatus.PUBLISHED, article.publishedAt()),
            (handle, ignored) -> {
              RevisionStore.setLead(handle, id, lead(pending.form()));
              revisions.clearPending(handle, id);
              revisions.insert(handle, id, actor.accountId(), clock.instant(), "revision-published",
                  ArticleStatus.PUBLISHED, pending.form());
              tell.accept(handle, id);
            });
      }
      case DISCARD_REVISION -> articles.touch(id, version, (handle, ignored) -> revisions.clearPending(handle, id));
      default -> throw new IllegalStateException("unhandled move " + move);
    }
    if (move == Transition.SCHEDULE || move == Transition.UNSCHEDULE || article.status() == ArticleStatus.SCHEDULED) {
      onScheduleChange.run();
    }
    audit.record(actor, "article." + move.name().toLowerCase().replace('_', '-'),
        label(id, article.title()) + (scheduleAt != null ? " @ " + scheduleAt : "")
            + (reason != null ? " — " + messages.format("nr.unpublish.audit", reason) : ""));
  }

  /**
   * A workflow move made from the editor's form: what the form holds is saved and the move applied
   * in one transaction, so "Publier maintenant" never drops an unsaved title or topic. When the form
   * holds nothing new the move is made alone; discarding a pending change ignores the form.
   *
   * @throws kiosque.content.StaleArticleException when someone saved since the form was opened
   */
  public void saveAndMove(Actor actor, long id, int version, ArticleForm form, Transition move, Instant scheduleAt) {
    saveAndMove(actor, id, version, form, move, scheduleAt, null);
  }

  /** As above, with a note: for a send-back, its reason (see {@link #move(Actor, long, int, Transition, Instant, String)}). */
  public void saveAndMove(Actor actor, long id, int version, ArticleForm form, Transition move, Instant scheduleAt,
      String note) {
    if (!MOVES.contains(move)) {
      throw new BadRequestException(messages.get("nr.workflow.notAMove"));
    }
    refuseUnpublishWithoutReason(actor, id, move);
    saveAndApply(actor, id, version, form, move, scheduleAt, null, note);
  }

  /**
   * Unpublishing from the editor's form, confirmed with a reason: what the form held is saved with
   * the move in one transaction, as for any other move, and the reason goes to the audit log.
   *
   * @throws WorkflowException when the reason is blank, with the message to show
   */
  public void saveAndUnpublish(Actor actor, long id, int version, ArticleForm form, String reason) {
    String why = reason(reason);
    saveAndApply(actor, id, version, form, Transition.UNPUBLISH, null, why, null);
  }

  private void saveAndApply(Actor actor, long id, int version, ArticleForm form, Transition move, Instant scheduleAt,
      String reason, String note) {
    Article article = article(id);
    boolean own = owns(actor, id);
    require(actor, move.action(), own);
    EditorialState from = state(article);
    EditorialState next = Workflow.next(from, move);
    ArticleForm typed = clean(form);
    ArticleForm stored = pendingRevision(id).map(Revision::form).orElseGet(() -> formOf(article));
    if (move == Transition.DISCARD_REVISION || typed.equals(stored)) {
      apply(actor, id, version, move, scheduleAt, reason, note);
      return;
    }
    BiConsumer<Handle, Long> tell = followUp(actor, move, note);
    // Saving the text takes the right to save it where the article stands (see save).
    require(actor, savingAction(article), own);
    Instant now = clock.instant();
    switch (move) {
      case SUBMIT_REVISION, RETURN_REVISION -> {
        lead(form);
        articles.touch(id, version, (handle, ignored) -> {
          long revision = revisions.insert(handle, id, actor.accountId(), now, "pending", ArticleStatus.PUBLISHED, typed);
          revisions.setPending(handle, id, revision, pendingCode(next.pending()));
          tell.accept(handle, id);
        });
      }
      case PUBLISH_REVISION -> articles.update(id, version,
          form.draft(article.externalId(), ArticleStatus.PUBLISHED, article.publishedAt()), (handle, ignored) -> {
            RevisionStore.setLead(handle, id, lead(form));
            revisions.clearPending(handle, id);
            revisions.insert(handle, id, actor.accountId(), now, "revision-published", ArticleStatus.PUBLISHED, typed);
            tell.accept(handle, id);
          });
      default -> {
        Target target = target(article, move, scheduleAt);
        articles.update(id, version, form.draft(article.externalId(), target.status(), target.publishedAt()),
            (handle, ignored) -> {
              RevisionStore.setLead(handle, id, lead(form));
              if (move == Transition.UNPUBLISH) {
                revisions.clearPending(handle, id);
              }
              revisions.insert(handle, id, actor.accountId(), now, "saved", target.status(), typed);
              tell.accept(handle, id);
            });
      }
    }
    if (move == Transition.SCHEDULE || move == Transition.UNSCHEDULE || article.status() == ArticleStatus.SCHEDULED) {
      onScheduleChange.run();
    }
    dropDraft(actor, id);
    audit.record(actor, "article.save", label(id, form.title()));
    audit.record(actor, "article." + move.name().toLowerCase().replace('_', '-'),
        label(id, form.title()) + (scheduleAt != null ? " @ " + scheduleAt : "")
            + (reason != null ? " — " + messages.format("nr.unpublish.audit", reason) : ""));
  }

  /** The right saving text takes where the article stands: a scheduled article has been approved. */
  private static Action savingAction(Article article) {
    return article.status() == ArticleStatus.SCHEDULED ? Action.PUBLISH
        : article.status() == ArticleStatus.PUBLISHED ? Transition.SAVE_REVISION.action() : Action.EDIT_ARTICLE;
  }

  /**
   * What a move tells people (collab, issue 13), run inside the move's transaction: a send-for-review
   * tells the reviewers, a send-back its author with the reason kept as a note, a publication its author.
   */
  private BiConsumer<Handle, Long> followUp(Actor actor, Transition move, String note) {
    return (handle, id) -> {
      if (actor.account() == null) {
        return;
      }
      switch (move) {
        case SUBMIT, SUBMIT_REVISION -> notifications.articleSubmitted(handle, id, actor.account());
        case RETURN_TO_DRAFT, RETURN_REVISION -> notifications.articleReturned(handle, id, actor.account(),
            notes.keepSendBackReason(handle, actor.account(), id, note));
        case PUBLISH, PUBLISH_REVISION -> notifications.articlePublished(handle, id, actor.account());
        default -> { }
      }
    };
  }

  /** Where a move that changes the article's status takes it: the status and publication time. */
  private record Target(ArticleStatus status, Instant publishedAt) {}

  private Target target(Article article, Transition move, Instant scheduleAt) {
    return switch (move) {
      case SUBMIT -> new Target(ArticleStatus.IN_REVIEW, article.publishedAt());
      case RETURN_TO_DRAFT -> new Target(ArticleStatus.DRAFT, article.publishedAt());
      case SCHEDULE -> {
        if (scheduleAt == null || !scheduleAt.isAfter(clock.instant())) {
          throw new WorkflowException("the publication time must be in the future");
        }
        yield new Target(ArticleStatus.SCHEDULED, scheduleAt);
      }
      case UNSCHEDULE -> new Target(ArticleStatus.DRAFT, null);
      case PUBLISH -> new Target(ArticleStatus.PUBLISHED,
          article.status() == ArticleStatus.UNPUBLISHED ? article.publishedAt() : null);
      case UNPUBLISH -> new Target(ArticleStatus.UNPUBLISHED, article.publishedAt());
      default -> throw new IllegalStateException("not a status move: " + move);
    };
  }

  /** Saves an old revision's text again, as a new save (a pending revision on a live article). */
  public void restore(Actor actor, long id, int version, long revisionId) {
    Revision revision = revisions.byId(id, revisionId).orElseThrow(() -> new NotFoundException("revision " + revisionId));
    save(actor, id, version, revision.form(), SaveMode.SAVE);
    audit.record(actor, "article.restore", label(id, revision.form().title()) + " from revision " + revisionId);
  }

  /** The article as the editor's form shows it, lead image included. */
  public ArticleForm formOf(Article article) {
    return ArticleForm.of(article, revisions.leadOf(article.id()));
  }

  /** The lead image the form names, checked to exist (and the social image, fields of issue 13). */
  private Long lead(ArticleForm form) {
    if (form.leadMediaId() != null && !revisions.mediaExists(form.leadMediaId())) {
      throw new kiosque.content.InvalidContentException("the lead image " + form.leadMediaId() + " does not exist");
    }
    Long social = form.extras().socialImageId();
    if (social != null && !revisions.mediaExists(social)) {
      throw new kiosque.content.InvalidContentException("social_image " + social + " does not exist");
    }
    // Images inside the text name their library image: one deleted meanwhile, or a forged id,
    // is refused with the text kept rather than saved as a figure the site cannot show.
    for (org.jsoup.nodes.Element figure : org.jsoup.Jsoup.parseBodyFragment(form.body()).select("figure[data-media]")) {
      String id = figure.attr("data-media").strip();
      if (!id.matches("\\d{1,18}") || !revisions.mediaExists(Long.parseLong(id))) {
        throw new kiosque.content.InvalidContentException("the body image " + id + " does not exist");
      }
    }
    return form.leadMediaId();
  }

  public EditorialState state(long id) {
    return state(article(id));
  }

  private EditorialState state(Article article) {
    if (article.status() != ArticleStatus.PUBLISHED) {
      return EditorialState.of(article.status());
    }
    return new EditorialState(ArticleStatus.PUBLISHED, revisions.pending(article.id())
        .map(p -> p.state().equals("in_review") ? Pending.IN_REVIEW : Pending.DRAFT).orElse(Pending.NONE));
  }

  /** The moves this person may make on the article now: the buttons the editor shows. */
  public List<Transition> possibleMoves(Actor actor, long id) {
    Article article = article(id);
    boolean own = owns(actor, id);
    return Workflow.possible(state(article)).stream()
        .filter(move -> move.action() != null && permissions.allows(actor.account().role(), move.action(), own))
        .filter(move -> move != Transition.EDIT || article.status() != ArticleStatus.SCHEDULED
            || permissions.allows(actor.account().role(), Action.PUBLISH, own))
        .toList();
  }

  public boolean mayEdit(Actor actor, long id) {
    return permissions.allows(actor.account().role(), Action.EDIT_ARTICLE, owns(actor, id));
  }

  public Optional<Revision> pendingRevision(long id) {
    return revisions.pending(id).flatMap(p -> revisions.byId(id, p.revisionId()));
  }

  public List<Revision> revisions(long id) {
    article(id);
    return revisions.of(id);
  }

  public Optional<Revision> revision(long id, long revisionId) {
    return revisions.byId(id, revisionId);
  }

  /** The article, if there is one with this id (for references typed by a person). */
  public Optional<Article> find(long id) {
    return store.findById(id);
  }

  public Article article(long id) {
    return store.findById(id).orElseThrow(() -> new NotFoundException("article " + id));
  }

  /** Whether this person may do {@code action} on this article (their own or anyone's, as the table says). */
  public boolean may(Actor actor, Action action, long articleId) {
    return actor.account() != null && permissions.allows(actor.account().role(), action, owns(actor, articleId));
  }

  /** Refuses (403) unless this person may do {@code action} on this article. */
  public void requireMay(Actor actor, Action action, long articleId) {
    require(actor, action, owns(actor, articleId));
  }

  private boolean owns(Actor actor, long articleId) {
    return actor.account() != null && store.createdBy(articleId).map(owner -> owner == actor.account().id()).orElse(false);
  }

  private void require(Actor actor, Action action, boolean own) {
    if (actor.account() == null || !permissions.allows(actor.account().role(), action, own)) {
      throw new ForbiddenException(actor.name() + " may not " + action + (own ? " on their own article" : " on this article"));
    }
  }

  /** The form with its body as the sanitiser leaves it: what a revision keeps. */
  private ArticleForm clean(ArticleForm form) {
    return form.withBody(sanitizer.sanitize(form.body()).html());
  }

  private static String pendingCode(Pending pending) {
    return pending == Pending.IN_REVIEW ? "in_review" : "draft";
  }

  private static String label(long id, String title) {
    return "article " + id + " « " + title + " »";
  }
}
