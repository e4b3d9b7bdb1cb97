package kiosque.newsroom.shell;

import java.util.Optional;

/**
 * What the {@link Guard} needs from the session store: the session a cookie opens, and fresh
 * secrets for the login form. Declared here, implemented by {@code accounts.Sessions}, so the
 * shell does not depend on the accounts feature that itself declares its routes through the shell.
 */
public interface SessionLookup {

  /** The live session the cookie's token opens; empty for no token, an unknown or an expired one. */
  Optional<Session> find(String token);

  /** 32 random bytes, URL-safe Base64 without padding (43 characters). */
  String randomToken();
}
