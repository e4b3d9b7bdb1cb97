/**
 * "Aller plus loin" and "Ces articles devraient vous intéresser", computed when content changes and
 * read by page views without a search: {@link kiosque.related.RelatedService} (the engine over the
 * search index, its change follower, the background refresh, editors' pins and exclusions, topic
 * suggestions for drafts) and {@link kiosque.related.RelatedArticles}, the interface page views use.
 * The SQL baseline ({@link kiosque.related.BaselineRelated}) serves articles whose lists are not
 * computed yet, and is one of the evaluation's baselines.
 */
package kiosque.related;
