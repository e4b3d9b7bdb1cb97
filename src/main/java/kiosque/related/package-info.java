/**
 * "Aller plus loin" and "Ces articles devraient vous intéresser", computed when content changes and
 * read by page views without a search: {@link kiosque.related.RelatedService} (the engine over the
 * search index, its change follower, the background refresh, editors' pins and exclusions, topic
 * suggestions for drafts) and {@link kiosque.related.RelatedArticles}, the interface page views use.
 *
 * <p>With several nodes, the one holding the related-lists lease ({@code ListsLease}) computes; it
 * announces changed lists in the change log (kind {@code related}), on which every node's page cache
 * purges. A page view of an article with no stored lists computes and stores them in the request
 * ({@code ComputedOnMiss}); the SQL baseline ({@link kiosque.related.BaselineRelated}) serves only
 * while the index is rebuilt, and is one of the evaluation's baselines. {@link kiosque.related.BulkLists}
 * computes many lists at once ({@code kiosque related}).
 */
package kiosque.related;
