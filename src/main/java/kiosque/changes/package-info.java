/**
 * The content change log: {@link kiosque.changes.ChangeLog} appends a row in the same transaction
 * as every content change; {@link kiosque.changes.ChangeFeed} follows it on each node and feeds the
 * derived data (index, related lists, caches) through {@link kiosque.changes.ChangeFollower}s; on
 * PostgreSQL {@link kiosque.changes.ChangeListener} wakes the feed when another node commits.
 */
package kiosque.changes;
