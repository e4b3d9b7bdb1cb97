/**
 * The newsroom back office under {@code /redaction}: its routes, pages and the guard every route
 * passes through (session, role, CSRF). Accounts, the workflow, the editor and media live in the
 * sub-packages.
 */
package kiosque.newsroom;
