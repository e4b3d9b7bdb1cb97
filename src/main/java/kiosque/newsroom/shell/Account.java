package kiosque.newsroom.shell;

import java.time.Instant;

/** A newsroom account; the password hash never leaves {@link AccountStore}. */
public record Account(long id, String email, String displayName, Role role, boolean disabled, Instant createdAt) {}
