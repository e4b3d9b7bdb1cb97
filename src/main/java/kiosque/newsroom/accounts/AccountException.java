package kiosque.newsroom.accounts;

/** An account operation refused for a reason the person can fix (bad address, weak password ...). */
public final class AccountException extends RuntimeException {
  public AccountException(String message) {
    super(message, null, false, false);
  }
}
