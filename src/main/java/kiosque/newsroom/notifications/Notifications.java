package kiosque.newsroom.notifications;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import kiosque.newsroom.shell.Role;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Who is told what. Each {@code article…} method takes the handle of the action's transaction, so
 * a notification exists exactly when its cause was committed; the person who acted is never told
 * of their own action. Only a failed scheduled publication, whose transaction rolled back, is
 * written in a transaction of its own.
 */
public final class Notifications {

  /** How many the page lists: older ones stay in the table, unread ones still count. */
  public static final int SHOWN = 100;

  private final Jdbi jdbi;
  private final NotificationStore store;
  private final Permissions permissions;
  private final Clock clock;

  public Notifications(Jdbi jdbi, Permissions permissions, Clock clock) {
    this.jdbi = jdbi;
    this.store = new NotificationStore(jdbi);
    this.permissions = permissions;
    this.clock = clock;
  }

  /** Sent for review: those who may send back any article (editors, administrators) are told. */
  public void articleSubmitted(Handle h, long articleId, Account by) {
    Set<Long> reviewers = new LinkedHashSet<>();
    for (NotificationStore.Member member : NotificationStore.members(h)) {
      if (permissions.allows(Role.fromCode(member.role()), Action.RETURN_TO_DRAFT, false)) {
        reviewers.add(member.id());
      }
    }
    tell(h, reviewers, NotificationKind.SUBMITTED, articleId, by, "");
  }

  /** Sent back: the author is told, with the note written as the reason ("" when none). */
  public void articleReturned(Handle h, long articleId, Account by, String note) {
    tellAuthor(h, NotificationKind.RETURNED, articleId, by, note);
  }

  /** Published (or a pending change published) by someone: the author is told. */
  public void articlePublished(Handle h, long articleId, Account by) {
    tellAuthor(h, NotificationKind.PUBLISHED, articleId, by, "");
  }

  /** The scheduler published the article at its time, in the transaction that published it. */
  public void scheduledPublished(Handle h, long articleId) {
    tellAuthor(h, NotificationKind.SCHEDULED_PUBLISHED, articleId, null, "");
  }

  /** The scheduler could not publish the article: the author is told why. */
  public void scheduledFailed(long articleId, String why) {
    jdbi.useTransaction(h -> {
      // The scheduler tries again each round: one unread notice of the failure is enough.
      if (!NotificationStore.unreadOf(h, NotificationKind.SCHEDULED_FAILED, articleId)) {
        tellAuthor(h, NotificationKind.SCHEDULED_FAILED, articleId, null, why);
      }
    });
  }

  /** A note on the article: its author and whoever wrote notes on it before are told. */
  public void noteAdded(Handle h, long articleId, Account by, String text) {
    Set<Long> told = new LinkedHashSet<>();
    NotificationStore.article(h, articleId).map(NotificationStore.ArticleFacts::createdBy).ifPresent(told::add);
    told.addAll(NotificationStore.noteAuthors(h, articleId));
    tell(h, told, NotificationKind.NOTE, articleId, by, text);
  }

  public int unread(long accountId) {
    return store.unread(accountId);
  }

  public List<Notification> latest(long accountId) {
    return store.latest(accountId, SHOWN);
  }

  public void markRead(long accountId, long notificationId) {
    store.markRead(accountId, notificationId, clock.instant());
  }

  public int markAllRead(long accountId) {
    return store.markAllRead(accountId, clock.instant());
  }

  private void tellAuthor(Handle h, NotificationKind kind, long articleId, Account by, String detail) {
    Set<Long> author = new LinkedHashSet<>();
    NotificationStore.article(h, articleId).map(NotificationStore.ArticleFacts::createdBy).ifPresent(author::add);
    tell(h, author, kind, articleId, by, detail);
  }

  private void tell(Handle h, Set<Long> accounts, NotificationKind kind, long articleId, Account by, String detail) {
    String title = NotificationStore.article(h, articleId).map(NotificationStore.ArticleFacts::title).orElse("");
    for (Long account : accounts) {
      if (account != null && (by == null || account != by.id())) {
        NotificationStore.insert(h, account, kind, articleId, title, by == null ? "" : by.displayName(), detail,
            clock.instant());
      }
    }
  }
}
