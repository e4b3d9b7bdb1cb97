/**
 * The rendered-page cache: responses of reader pages, feeds and sitemaps kept in memory (bytes,
 * their gzip form and headers, bounded in size), hits answered before Javalin
 * ({@link kiosque.cache.CachedHitsHandler}), conditional requests answered with 304, and exact
 * invalidation by {@link kiosque.web.CacheKeys} when the change feed reports a change
 * ({@link kiosque.cache.PageCacheFollower}).
 */
package kiosque.cache;
