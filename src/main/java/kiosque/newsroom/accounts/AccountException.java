package kiosque.newsroom.accounts;

/**
 * An account operation refused for a reason the person can fix (bad address, weak password ...).
 * The reason and its detail let the newsroom and the command line word it in the site's language;
 * the message is for logs.
 */
public final class AccountException extends RuntimeException {

  /** Why; the detail each one carries is named beside it. */
  public enum Reason {
    /** Detail: the address given. */
    NOT_AN_EMAIL,
    /** Detail: the address. */
    EMAIL_TAKEN,
    /** Detail: the minimum length. */
    WEAK_PASSWORD,
    /** No detail. */
    CANNOT_DISABLE_SELF,
    /** No detail. */
    CANNOT_DEMOTE_SELF
  }

  private final Reason reason;
  private final String detail;

  public AccountException(Reason reason, String detail) {
    super(reason + (detail.isEmpty() ? "" : ": " + detail), null, false, false);
    this.reason = reason;
    this.detail = detail;
  }

  public Reason reason() {
    return reason;
  }

  /** What the reason's sentence names (an address, a length), or empty. */
  public String detail() {
    return detail;
  }

  /** The bundle key of the sentence that says why, in the newsroom's bundle and the command line's. */
  public String messageKey() {
    return "account.refused." + reason.name();
  }
}
