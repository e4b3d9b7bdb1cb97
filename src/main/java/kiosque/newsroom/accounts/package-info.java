/**
 * Who may do what: accounts and their roles, the permission table, Argon2id passwords, sessions
 * stored in the database, CSRF tokens, login throttling and the audit log.
 */
package kiosque.newsroom.accounts;
