/**
 * Articles in and out. In: JSON Lines (plain or gzip, one article per line), WordPress exports
 * (WXR, read item by item with StAX), RSS and Atom feeds (ROME); each article saved through
 * {@link kiosque.content.ArticleService} in its own transaction, idempotent by external id, with
 * one {@link kiosque.imports.ImportReport} of what was created, updated, unchanged, failed and
 * left out. Out: {@link kiosque.imports.ArticleExporter}, every article in the import format.
 * Also the demo content loaded into an empty site.
 */
package kiosque.imports;
