package kiosque.newsroom.workflow;

import kiosque.content.ArticleStatus;

/**
 * Where an article stands in the workflow: its status, and for a live article the state of the
 * change waiting beside it.
 */
public record EditorialState(ArticleStatus status, Pending pending) {

  /** The pending revision of a published article. */
  public enum Pending { NONE, DRAFT, IN_REVIEW }

  public EditorialState {
    if (pending != Pending.NONE && status != ArticleStatus.PUBLISHED) {
      throw new IllegalArgumentException("only a published article has a pending revision, not a " + status.code() + " one");
    }
  }

  public static EditorialState of(ArticleStatus status) {
    return new EditorialState(status, Pending.NONE);
  }

  @Override
  public String toString() {
    return pending == Pending.NONE ? status.code() : status.code() + "+revision(" + pending.name().toLowerCase() + ")";
  }
}
