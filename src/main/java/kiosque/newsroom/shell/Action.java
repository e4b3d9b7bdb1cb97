package kiosque.newsroom.shell;

/** Everything the newsroom lets someone do; {@link Permissions} says which role may do each. */
public enum Action {
  VIEW_NEWSROOM,
  WRITE_ARTICLE,
  EDIT_ARTICLE,
  SUBMIT_FOR_REVIEW,
  RETURN_TO_DRAFT,
  PUBLISH,
  UNPUBLISH,
  /** Pin or exclude items of an article's related lists ("Aller plus loin", recommendations). */
  CHOOSE_RELATED,
  UPLOAD_MEDIA,
  MANAGE_TAXONOMY,
  /** Arrange the home page, set the breaking-news banner, choose the masthead menu. */
  ARRANGE_FRONT_PAGE,
  MANAGE_ACCOUNTS,
  VIEW_AUDIT_LOG
}
