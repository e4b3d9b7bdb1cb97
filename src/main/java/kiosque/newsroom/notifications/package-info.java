/**
 * In-app notifications of the newsroom: what concerns a person (an article sent for review, sent
 * back with a note, published, a scheduled publication done or failed, a note on their article),
 * written by {@link kiosque.newsroom.notifications.Notifications} in the transaction of the action
 * that causes it, read on the notifications page and counted in the masthead. In the database, so
 * every node agrees.
 */
package kiosque.newsroom.notifications;
