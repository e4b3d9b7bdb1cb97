/**
 * Search: the French analysis chain ({@link kiosque.search.NewsAnalyzer}), the Lucene index kept in
 * step with the change log ({@link kiosque.search.SearchIndex}, {@link
 * kiosque.search.SearchIndexFollower}) and the reader-facing queries ({@link
 * kiosque.search.SearchService}); {@link kiosque.search.SimilarityIndex} lends the index to the
 * related-articles engine. The index is derived data: it can always be rebuilt from the
 * database, and it is, automatically, when it is missing or damaged.
 */
package kiosque.search;
