/**
 * Notes on an article between its authors and editors: kept with the article (table
 * {@code article_note}), plain text, never public (no reader page, feed, export, search index or
 * cache key reads them), listed on the editor page. A note written when sending an article back is
 * the reason of the send-back.
 */
package kiosque.newsroom.notes;
