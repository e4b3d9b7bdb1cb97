package kiosque.newsroom.accounts;

import kiosque.newsroom.shell.Session;

/** What a login attempt came to: a session, or the reason it was refused. */
public record LoginResult(Session session, Refusal refusal) {

  /** Why a login was refused; the page says the same thing for wrong and unknown accounts. */
  public enum Refusal { BAD_CREDENTIALS, THROTTLED }

  static LoginResult success(Session session) {
    return new LoginResult(session, null);
  }

  static LoginResult refused(Refusal refusal) {
    return new LoginResult(null, refusal);
  }

  public boolean succeeded() {
    return session != null;
  }
}
