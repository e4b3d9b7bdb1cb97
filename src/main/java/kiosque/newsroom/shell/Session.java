package kiosque.newsroom.shell;

/**
 * A signed-in person: their account and the CSRF token every form they post must carry.
 *
 * @param token the secret the cookie holds (only its hash is stored)
 */
public record Session(String token, Account account, String csrfToken) {}
