package kiosque.newsroom.accounts;

import kiosque.newsroom.shell.NewsroomLayout;

/**
 * The page a reset link opens: the new password twice, or why the link does not work, or that
 * the password was set.
 *
 * @param email the account's address when the link is valid; null otherwise
 * @param token the link's token, carried by the form; null once used or refused
 * @param error why the link or the password was refused, or null
 * @param done whether the password was just set
 */
public record ResetPage(NewsroomLayout layout, String csrfToken, String email, String token, String error,
    boolean done, int minLength) {}
