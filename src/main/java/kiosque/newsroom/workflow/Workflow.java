package kiosque.newsroom.workflow;

import static kiosque.content.ArticleStatus.DRAFT;
import static kiosque.content.ArticleStatus.IN_REVIEW;
import static kiosque.content.ArticleStatus.PUBLISHED;
import static kiosque.content.ArticleStatus.SCHEDULED;
import static kiosque.content.ArticleStatus.UNPUBLISHED;

import java.util.EnumSet;
import java.util.Set;
import kiosque.content.ArticleStatus;
import kiosque.newsroom.workflow.EditorialState.Pending;

/**
 * The editorial workflow as a pure state machine: no database, no clock, no roles. Given where an
 * article stands and a move, it says where the article goes, or refuses.
 *
 * <pre>
 * draft ──submit──▶ in review ──publish──▶ published ──unpublish──▶ unpublished
 *   ▲  ◀──return────┘   │                     ▲  │ correct                │
 *   │                   └─schedule─▶ scheduled ┘  │ save/submit/publish    │
 *   └───────────unschedule──────────────┘        │   revision (stays live)│
 *                                                └◀──────publish──────────┘
 * </pre>
 *
 * Drafts may also be scheduled or published directly (by someone allowed to publish); a live
 * article is never edited in place except by a correction: other changes wait beside it as a
 * pending revision that goes through review while the live version stays online.
 */
public final class Workflow {

  private Workflow() {}

  public static EditorialState next(EditorialState from, Transition move) {
    EditorialState to = target(from, move);
    if (to == null) {
      throw new WorkflowException("cannot " + move.name().toLowerCase().replace('_', ' ') + " an article that is " + from);
    }
    return to;
  }

  /** The moves possible from here: what the editor offers as buttons (roles permitting). */
  public static Set<Transition> possible(EditorialState from) {
    Set<Transition> moves = EnumSet.noneOf(Transition.class);
    for (Transition move : Transition.values()) {
      if (target(from, move) != null) {
        moves.add(move);
      }
    }
    return moves;
  }

  /** Where the move leads, or null when it is not allowed from here. */
  private static EditorialState target(EditorialState from, Transition move) {
    ArticleStatus status = from.status();
    Pending pending = from.pending();
    return switch (move) {
      case EDIT -> in(status, DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED) ? from : null;
      case SUBMIT -> status == DRAFT ? EditorialState.of(IN_REVIEW) : null;
      case RETURN_TO_DRAFT -> status == IN_REVIEW ? EditorialState.of(DRAFT) : null;
      case SCHEDULE -> in(status, DRAFT, IN_REVIEW, SCHEDULED) ? EditorialState.of(SCHEDULED) : null;
      case UNSCHEDULE -> status == SCHEDULED ? EditorialState.of(DRAFT) : null;
      case PUBLISH -> in(status, DRAFT, IN_REVIEW, SCHEDULED, UNPUBLISHED) ? EditorialState.of(PUBLISHED) : null;
      case PUBLISH_DUE -> status == SCHEDULED ? EditorialState.of(PUBLISHED) : null;
      case UNPUBLISH -> status == PUBLISHED ? EditorialState.of(UNPUBLISHED) : null;
      case CORRECT -> status == PUBLISHED ? from : null;
      case SAVE_REVISION -> status != PUBLISHED ? null
          : pending == Pending.IN_REVIEW ? from : new EditorialState(PUBLISHED, Pending.DRAFT);
      case SUBMIT_REVISION -> pending == Pending.DRAFT ? new EditorialState(PUBLISHED, Pending.IN_REVIEW) : null;
      case RETURN_REVISION -> pending == Pending.IN_REVIEW ? new EditorialState(PUBLISHED, Pending.DRAFT) : null;
      case PUBLISH_REVISION, DISCARD_REVISION -> pending != Pending.NONE ? EditorialState.of(PUBLISHED) : null;
    };
  }

  private static boolean in(ArticleStatus status, ArticleStatus... allowed) {
    for (ArticleStatus candidate : allowed) {
      if (candidate == status) {
        return true;
      }
    }
    return false;
  }
}
