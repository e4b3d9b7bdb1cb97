/**
 * Articles, sections, topics and authors: the records, their stores (SQL only) and
 * {@link kiosque.content.ArticleService}, the rules every write path goes through (validation by
 * ArticleValidation: dates, NFC text, control characters, surrogates, lengths; sanitising, the change log, the listings' counts and newest updates kept by
 * {@link kiosque.content.ListingSummaries}). Also the French text helpers: slugs, name keys, dates.
 */
package kiosque.content;
