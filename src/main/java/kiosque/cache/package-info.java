/**
 * The rendered-page cache: responses of reader pages, feeds and sitemaps kept in memory (bytes and
 * headers, bounded in size), conditional requests answered with 304, and exact invalidation by
 * {@link kiosque.web.CacheKeys} when the change feed reports a change
 * ({@link kiosque.cache.PageCacheFollower}).
 */
package kiosque.cache;
