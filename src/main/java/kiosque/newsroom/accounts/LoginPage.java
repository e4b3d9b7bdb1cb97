package kiosque.newsroom.accounts;

import kiosque.newsroom.shell.NewsroomLayout;

/** The login form: the address typed so far, where to go next, and why the last try failed. */
public record LoginPage(NewsroomLayout layout, String csrfToken, String email, String next, String error) {}
