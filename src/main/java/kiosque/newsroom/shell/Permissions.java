package kiosque.newsroom.shell;

import static kiosque.newsroom.shell.Permissions.Grant.ALL;
import static kiosque.newsroom.shell.Permissions.Grant.NONE;
import static kiosque.newsroom.shell.Permissions.Grant.OWN;
import static kiosque.newsroom.shell.Permissions.Grant.OWN_IF_SITE_ALLOWS;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one permission table of the newsroom: for each action, what each role may do. Routes ask it
 * before running; services ask it again with the article's owner. docs/newsroom.md prints the
 * same table.
 */
public final class Permissions {

  /** How far a role's right reaches. */
  public enum Grant {
    /** Never. */
    NONE,
    /** Only on articles the account created. */
    OWN,
    /** On its own articles, when the site lets journalists publish (off by default). */
    OWN_IF_SITE_ALLOWS,
    /** On everything. */
    ALL
  }

  private static final Map<Action, Grant[]> TABLE = new EnumMap<>(Action.class);

  static {
    //                                   administrator  editor  journalist          contributor
    row(Action.VIEW_NEWSROOM,            ALL,           ALL,    ALL,                ALL);
    row(Action.WRITE_ARTICLE,            ALL,           ALL,    ALL,                ALL);
    row(Action.EDIT_ARTICLE,             ALL,           ALL,    OWN,                OWN);
    row(Action.SUBMIT_FOR_REVIEW,        ALL,           ALL,    OWN,                OWN);
    row(Action.RETURN_TO_DRAFT,          ALL,           ALL,    NONE,               NONE);
    row(Action.PUBLISH,                  ALL,           ALL,    OWN_IF_SITE_ALLOWS, NONE);
    row(Action.UNPUBLISH,                ALL,           ALL,    NONE,               NONE);
    row(Action.CHOOSE_RELATED,           ALL,           ALL,    OWN,                NONE);
    row(Action.UPLOAD_MEDIA,             ALL,           ALL,    ALL,                ALL);
    row(Action.MANAGE_TAXONOMY,          ALL,           ALL,    NONE,               NONE);
    row(Action.ARRANGE_FRONT_PAGE,       ALL,           ALL,    NONE,               NONE);
    row(Action.MANAGE_ACCOUNTS,          ALL,           NONE,   NONE,               NONE);
    row(Action.VIEW_AUDIT_LOG,           ALL,           NONE,   NONE,               NONE);
  }

  private static void row(Action action, Grant administrator, Grant editor, Grant journalist, Grant contributor) {
    TABLE.put(action, new Grant[] {administrator, editor, journalist, contributor});
  }

  private final boolean journalistsPublish;

  /** @param journalistsPublish the site setting that lets journalists publish their own articles */
  public Permissions(boolean journalistsPublish) {
    this.journalistsPublish = journalistsPublish;
  }

  public static Grant grant(Role role, Action action) {
    Grant[] row = TABLE.get(action);
    if (row == null) {
      throw new IllegalStateException("no row for " + action + " in the permission table");
    }
    return row[role.ordinal()];
  }

  /** Whether the role may do this on something it owns ({@code own}) or on anything ({@code !own}). */
  public boolean allows(Role role, Action action, boolean own) {
    return switch (grant(role, action)) {
      case NONE -> false;
      case OWN -> own;
      case OWN_IF_SITE_ALLOWS -> own && journalistsPublish;
      case ALL -> true;
    };
  }

  /** Whether the role may do this at all, on at least its own things: what a route checks. */
  public boolean allowsSome(Role role, Action action) {
    return allows(role, action, true);
  }
}
