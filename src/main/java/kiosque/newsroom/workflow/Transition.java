package kiosque.newsroom.workflow;

import kiosque.newsroom.shell.Action;

/** A move in the workflow, and the permission it needs (null: only the scheduler makes it). */
public enum Transition {
  /** Save the text of an article that is not live. */
  EDIT(Action.EDIT_ARTICLE),
  SUBMIT(Action.SUBMIT_FOR_REVIEW),
  RETURN_TO_DRAFT(Action.RETURN_TO_DRAFT),
  SCHEDULE(Action.PUBLISH),
  UNSCHEDULE(Action.PUBLISH),
  PUBLISH(Action.PUBLISH),
  /** The scheduler publishes a scheduled article whose time has come. */
  PUBLISH_DUE(null),
  UNPUBLISH(Action.UNPUBLISH),
  /** Change a live article at once; readers see a "mis à jour" time. */
  CORRECT(Action.PUBLISH),
  /** Save a change to a live article beside it, without touching what readers see. */
  SAVE_REVISION(Action.EDIT_ARTICLE),
  SUBMIT_REVISION(Action.SUBMIT_FOR_REVIEW),
  RETURN_REVISION(Action.RETURN_TO_DRAFT),
  /** Put the pending revision online; the article stays online throughout. */
  PUBLISH_REVISION(Action.PUBLISH),
  DISCARD_REVISION(Action.EDIT_ARTICLE);

  private final Action action;

  Transition(Action action) {
    this.action = action;
  }

  public Action action() {
    return action;
  }
}
