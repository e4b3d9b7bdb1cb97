/**
 * Accounts and their life: Argon2id passwords, sessions stored in the database, login throttling,
 * the audit log, and the login, accounts and audit pages. The roles and the permission table they
 * are checked against are in {@code shell}, since every feature declares its routes with them.
 */
package kiosque.newsroom.accounts;
