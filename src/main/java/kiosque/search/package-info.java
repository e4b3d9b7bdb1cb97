/**
 * Search: the French analysis chain ({@link kiosque.search.NewsAnalyzer}), the Lucene index kept in
 * step with the change log ({@link kiosque.search.SearchIndex}, {@link
 * kiosque.search.SearchIndexFollower}), the reader-facing queries ({@link
 * kiosque.search.SearchService}) and their pages ({@link kiosque.search.SearchRoutes}: the search
 * page, its JSON twin, suggestions as you type); {@link kiosque.search.SimilarityIndex} lends the
 * index to the related-articles engine. The index is derived data: it can always be rebuilt from
 * the database, and it is, automatically, when it is missing, damaged or foreign.
 */
package kiosque.search;
