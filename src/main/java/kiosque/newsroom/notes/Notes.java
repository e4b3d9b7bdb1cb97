package kiosque.newsroom.notes;

import java.time.Clock;
import java.util.List;
import kiosque.errors.ForbiddenException;
import kiosque.errors.NotFoundException;
import kiosque.newsroom.notifications.Notifications;
import kiosque.newsroom.shell.Account;
import kiosque.newsroom.shell.Action;
import kiosque.newsroom.shell.Permissions;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The rules of notes: anyone who sees the article in the newsroom reads them; its authors and
 * editors (whoever may edit it) write them; each note tells its article's author and earlier
 * note writers, in the note's transaction.
 */
public final class Notes {

  /** A note with nothing readable in it: refused, nothing written. */
  public static final class EmptyNoteException extends RuntimeException {
    EmptyNoteException() {
      super("empty note", null, false, false);
    }
  }

  private final Jdbi jdbi;
  private final NoteStore store;
  private final Notifications notifications;
  private final Permissions permissions;
  private final Clock clock;

  public Notes(Jdbi jdbi, Notifications notifications, Permissions permissions, Clock clock) {
    this.jdbi = jdbi;
    this.store = new NoteStore(jdbi);
    this.notifications = notifications;
    this.permissions = permissions;
    this.clock = clock;
  }

  /** The article's notes, oldest first. */
  public List<Note> of(long articleId) {
    return store.of(articleId);
  }

  public boolean mayWrite(Account account, long articleId) {
    return store.owner(articleId)
        .map(owner -> permissions.allows(account.role(), Action.EDIT_ARTICLE,
            owner.map(id -> id == account.id()).orElse(false)))
        .orElse(false);
  }

  /** Adds a note as plain text and tells those concerned, in one transaction. */
  public long add(Account by, long articleId, String typed) {
    if (store.owner(articleId).isEmpty()) {
      throw new NotFoundException("article " + articleId);
    }
    if (!mayWrite(by, articleId)) {
      throw new ForbiddenException(by.email() + " may not write notes on article " + articleId);
    }
    String text = NoteText.clean(typed);
    if (text.isEmpty()) {
      throw new EmptyNoteException();
    }
    return jdbi.inTransaction(h -> {
      long id = NoteStore.insert(h, articleId, by.id(), by.displayName(), clock.instant(), text, false);
      notifications.noteAdded(h, articleId, by, text);
      return id;
    });
  }

  /**
   * Keeps the reason of a send-back as a note, in the send-back's transaction (the caller checked
   * the move), and returns it cleaned: "" when none was written.
   */
  public String keepSendBackReason(Handle h, Account by, long articleId, String typed) {
    String text = NoteText.clean(typed);
    if (!text.isEmpty()) {
      NoteStore.insert(h, articleId, by.id(), by.displayName(), clock.instant(), text, true);
    }
    return text;
  }
}
